namespace Embargo.Lists.Download;

internal enum AttemptKind
{
    /// <summary>The whole file is in the .part.</summary>
    Complete,

    /// <summary>A transient failure: try again after a pause (the .part is kept for a resume).</summary>
    Retry,

    /// <summary>The .part cannot be continued (416, a reply for another version): drop it and start from zero.</summary>
    StartOver,

    /// <summary>Trying again would not help (404, HTML, too large).</summary>
    Fatal,
}
