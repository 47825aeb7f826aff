namespace Embargo.Lists.Tests.Download;

/// <summary>A request <see cref="ListFileServer"/> received, and how it answered.</summary>
internal sealed record SeenRequest(string Path, string? Range, string? IfRange, string? UserAgent, Reply Reply);
