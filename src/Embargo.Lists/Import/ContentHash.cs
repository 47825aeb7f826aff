using System.Security.Cryptography;

namespace Embargo.Lists.Import;

/// <summary>
/// SHA-256 over the contents of a publication's files, independent of their names and folder: the same bytes
/// saved as <c>sdn.csv</c> or <c>sdn (1).csv</c> are the same content, and re-importing them is a no-op.
/// </summary>
public static class ContentHash
{
    public static async Task<string> ComputeAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var fileHashes = new List<byte[]>();
        foreach (var path in paths)
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            fileHashes.Add(await SHA256.HashDataAsync(stream, cancellationToken));
        }
        // Sorted, so the order the files were named in does not matter either.
        fileHashes.Sort(static (a, b) => a.AsSpan().SequenceCompareTo(b));
        return Convert.ToHexStringLower(SHA256.HashData(fileHashes.SelectMany(h => h).ToArray()));
    }
}
