using System.Globalization;

namespace Embargo.Core.Snapshots;

/// <summary>Builds the citable version string of a snapshot.</summary>
public static class SnapshotVersion
{
    /// <summary><c>{yyyyMMdd}-{hash8}</c>: the publication date when known, else the import date.</summary>
    public static string Create(DateTimeOffset? publishedAt, DateTimeOffset importedAt, string contentHash) =>
        string.Concat(
            (publishedAt ?? importedAt).UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            "-",
            contentHash.AsSpan(0, Math.Min(8, contentHash.Length)));
}
