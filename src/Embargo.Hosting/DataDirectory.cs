namespace Embargo.Hosting;

/// <summary>
/// Where Embargo keeps its store and downloads: <c>--data-dir</c>, else <c>$EMBARGO_DATA_DIR</c>, else the
/// XDG data directory (<c>$XDG_DATA_HOME/embargo</c>, default <c>~/.local/share/embargo</c>).
/// </summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "EMBARGO_DATA_DIR";

    public static string Resolve(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath)) return Path.GetFullPath(explicitPath);
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv)) return Path.GetFullPath(fromEnv);
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "embargo");
    }
}
