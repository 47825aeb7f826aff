namespace Embargo.Lists.Download;

/// <summary>What to fetch for one source: the files of one publication, downloaded in this order.</summary>
/// <param name="Source">The source id (see <see cref="Embargo.Core.Model.ListSources"/>).</param>
/// <param name="Files">The files; their names must be distinct.</param>
public sealed record SourceDownload(string Source, IReadOnlyList<RemoteFile> Files);
