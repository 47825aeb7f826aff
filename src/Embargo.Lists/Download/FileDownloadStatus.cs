namespace Embargo.Lists.Download;

public enum FileDownloadStatus
{
    /// <summary>Complete and renamed into place.</summary>
    Downloaded,

    /// <summary>An optional file the server does not have.</summary>
    Skipped,

    /// <summary>Not staged; see the outcome's error.</summary>
    Failed,

    /// <summary>Not tried, because an earlier file of the source failed.</summary>
    NotAttempted,
}
