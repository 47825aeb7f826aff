using System.Diagnostics;
using Embargo.Testing;

namespace Embargo.Server.Tests;

/// <summary>
/// Validates a JSON document against one of the W3C reconciliation API's own schemas (from the shared data) with
/// ajv, through tools/schema-check (installed by scripts/test with npm).
/// </summary>
internal static class SchemaCheck
{
    public static string? ToolDirectory { get; } = Locate();

    public static bool IsAvailable => ToolDirectory is not null && Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "ajv")) && SharedData.IsAvailable;

    public static string SkipReason => "schema checks need the shared data and ajv: run 'npm ci --prefix tools/schema-check' (scripts/test does)";

    public static async Task<(bool Valid, string Output)> ValidateAsync(string schemaFile, string json)
    {
        var schemas = SharedData.Path("specs", "reconciliation-0.2", "schemas");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, json);
            var start = new ProcessStartInfo("node", [Path.Combine(ToolDirectory!, "validate.mjs"), schemas, schemaFile, file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode == 0, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Embargo.slnx"))) return Path.Combine(dir.FullName, "tools", "schema-check");
        }
        return null;
    }
}
