using System.Security.Cryptography;
using System.Text;

namespace Embargo.Lists.Import;

/// <summary>
/// SHA-256 over the files of a publication (name, length and bytes, in name order), so identical content
/// gives the same hash whatever the folder it was read from.
/// </summary>
public static class ContentHash
{
    public static async Task<string> ComputeAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var path in paths.OrderBy(p => Path.GetFileName(p).ToLowerInvariant(), StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetFileName(path).ToLowerInvariant()}\n{info.Length}\n"));
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, buffer.Length, FileOptions.SequentialScan | FileOptions.Asynchronous);
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
