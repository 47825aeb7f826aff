namespace Embargo.Testing;

/// <summary>
/// Locates <c>../shared/data</c> (or <c>$EMBARGO_SHARED_DIR/data</c>). Tests read the official files from
/// there and never copy them into the repository.
/// </summary>
public static class SharedData
{
    public const string EnvironmentVariable = "EMBARGO_SHARED_DIR";

    /// <summary>The shared directory (the one holding <c>data/</c>), or null when it cannot be found.</summary>
    public static string? Root { get; } = Locate();

    public static bool IsAvailable => Root is not null;

    /// <summary>Under CI, missing shared data is a failure, not a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string SkipReason =>
        $"shared data not found: set {EnvironmentVariable} or place the shared folder beside the repository (../shared/data)";

    /// <summary>The full path of a file or folder under <c>data/</c>; fails the test clearly when absent.</summary>
    public static string Path(params string[] parts)
    {
        if (Root is null) throw new InvalidOperationException(SkipReason);
        var path = System.IO.Path.Combine([Root, "data", .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"shared data file missing: {path}", path);
        return path;
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnv))
            return Directory.Exists(System.IO.Path.Combine(fromEnv, "data")) ? System.IO.Path.GetFullPath(fromEnv) : null;
        // Walk up from the test binaries to the repository root, then look beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Embargo.slnx")))
            {
                var shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(System.IO.Path.Combine(shared, "data")) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }
        return null;
    }
}
