namespace Embargo.Lists.Download;

/// <summary>Where a download stands, reported as bytes arrive.</summary>
/// <param name="Source">The source id.</param>
/// <param name="FileName">The file being fetched.</param>
/// <param name="FileIndex">Its zero-based position among the source's files.</param>
/// <param name="FileCount">How many files the source has.</param>
/// <param name="BytesReceived">Bytes of the file on disk so far, resumed bytes included.</param>
/// <param name="TotalBytes">The file's size when the server announced it.</param>
/// <param name="Attempt">The attempt (1 for the first).</param>
public sealed record DownloadProgress(
    string Source, string FileName, int FileIndex, int FileCount, long BytesReceived, long? TotalBytes, int Attempt);
