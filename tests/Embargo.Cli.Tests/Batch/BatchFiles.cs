using System.Text.Json;

namespace Embargo.Cli.Tests.Batch;

/// <summary>Reads batch output in tests: JSON Lines records and CSV rows.</summary>
internal static class BatchFiles
{
    public static List<JsonElement> ReadJsonl(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public static List<JsonElement> ParseJsonl(string text) =>
        text.Split('\n').Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public static string Status(JsonElement record) => record.GetProperty("status").GetString()!;

    public static long Line(JsonElement record) => record.GetProperty("line").GetInt64();
}
