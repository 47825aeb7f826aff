using System.Text.Json.Serialization;

namespace Embargo.Lists.Download;

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DownloadMetadata))]
internal sealed partial class DownloadJsonContext : JsonSerializerContext;
