using Embargo.Lists.Download;

namespace Embargo.Lists.Import;

/// <summary>What updating one source did: the download, and the import when the download succeeded.</summary>
public sealed record UpdateResult(string Source, DownloadResult? Download, ImportResult? Import, string? Error)
{
    public bool Succeeded => Error is null;
}
