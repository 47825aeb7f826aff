namespace Embargo.Evaluation.Data;

/// <summary>
/// Finds the shared folder (the one holding <c>data/</c>): <c>$EMBARGO_SHARED_DIR</c>, else <c>../shared</c>
/// beside the repository, found by walking up from the binaries and from the working directory to Embargo.slnx.
/// </summary>
internal static class SharedDirectory
{
    public const string EnvironmentVariable = "EMBARGO_SHARED_DIR";

    public const string NotFound =
        $"shared data not found: set {EnvironmentVariable} or place the shared folder beside the repository (../shared/data)";

    public static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnv))
            return HasData(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Embargo.slnx"))) continue;
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                if (HasData(shared)) return shared;
                break;
            }
        }
        return null;
    }

    private static bool HasData(string folder) => Directory.Exists(Path.Combine(folder, "data"));
}
