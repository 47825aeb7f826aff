namespace Embargo.Benchmarks;

/// <summary>Where the shared data is: <c>$EMBARGO_SHARED_DIR</c>, else <c>../shared</c> beside the repository.</summary>
internal static class SharedData
{
    public static string? Directory()
    {
        var fromEnv = Environment.GetEnvironmentVariable("EMBARGO_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Embargo.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }
        return null;
    }
}
