namespace Embargo.Lists.Download;

/// <summary>One file of a publication: where the publisher serves it and the name it is staged under.</summary>
/// <param name="FileName">
/// A plain file name (no folders) in the staging folder, the name parsers look for (e.g. <c>sdn.csv</c>).
/// </param>
/// <param name="Url">The absolute http(s) address it is fetched from.</param>
/// <param name="Required">
/// When false, a file the server says it does not have (404 or 410) is skipped and the source still
/// succeeds. Any other failure fails the source even for an optional file, so that a passing outage never
/// yields a snapshot that differs from the publication only because a file went missing.
/// </param>
public sealed record RemoteFile(string FileName, Uri Url, bool Required = true);
