using Embargo.Lists.Download;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Import;

/// <summary>
/// <c>lists update</c>: download a source's official files into a staging folder, then import them. A failed
/// download or a file that does not parse leaves the active snapshot untouched, and the result says which
/// source failed and why. Partial downloads stay staged, so the next run resumes them.
/// </summary>
public sealed class ListUpdater(ListDownloader downloader, ListImporter importer)
{
    public async Task<UpdateResult> UpdateAsync(
        string source, Uri? baseOverride, string stagingRoot, ImportOptions importOptions, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        SourceDownload plan;
        try
        {
            plan = OfficialSources.Resolve(source, baseOverride);
        }
        catch (ArgumentException e)
        {
            return new UpdateResult(source, null, null, e.Message);
        }

        var staging = Path.Combine(stagingRoot, source);
        Directory.CreateDirectory(staging);
        var download = await downloader.DownloadAsync(plan, staging, progress, cancellationToken);
        if (!download.Succeeded)
            return new UpdateResult(source, download, null, download.Error ?? $"{source}: download failed");

        try
        {
            var list = ListFormatDetector.DetectOne(download.StagedFiles, source);
            // The newest Last-Modified of the files dates the publication when the files do not.
            var lastModified = download.Files.Select(f => f.LastModified).Where(d => d is not null).Max();
            var options = importOptions.PublishedAtHint is null ? importOptions with { PublishedAtHint = lastModified } : importOptions;
            var imported = await importer.ImportAsync(list, options, null, cancellationToken);
            return new UpdateResult(source, download, imported, null);
        }
        catch (ListFormatException e)
        {
            return new UpdateResult(source, download, null, $"{source}: downloaded, but the files are not a valid list: {e.Message}");
        }
    }
}
