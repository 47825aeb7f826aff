using System.Text.Json;
using System.Text.Json.Serialization;

namespace Embargo.Lists.Download;

/// <summary>
/// What the server said about a file, kept beside it as <c>{name}.meta.json</c> (and beside a partial file
/// as <c>{name}.part.meta.json</c>, whose validators let a resume ask for the same version with If-Range).
/// </summary>
internal sealed record DownloadMetadata(Uri Url, [property: JsonPropertyName("etag")] string? ETag, DateTimeOffset? LastModified, long? Length)
{
    public string? Sha256 { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The metadata at a path, or null when absent or unreadable (it only helps; it is never needed).</summary>
    public static DownloadMetadata? TryRead(string path)
    {
        try
        {
            return File.Exists(path)
                ? JsonSerializer.Deserialize(File.ReadAllBytes(path), DownloadJsonContext.Default.DownloadMetadata)
                : null;
        }
        catch (JsonException) { return null; }
        catch (IOException) { return null; }
    }

    public void Write(string path) =>
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(this, DownloadJsonContext.Default.DownloadMetadata));
}
