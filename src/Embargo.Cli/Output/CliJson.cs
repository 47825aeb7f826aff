using System.Text.Json;
using Embargo.Core.Model;

namespace Embargo.Cli.Output;

/// <summary>JSON output: the same snake_case shape as stored entries, indented for people and tools alike.</summary>
internal static class CliJson
{
    public static void Write<T>(TextWriter output, T value) =>
        output.WriteLine(JsonSerializer.Serialize(value, EntryJson.Indented));
}
