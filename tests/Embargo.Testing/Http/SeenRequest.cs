namespace Embargo.Testing.Http;

/// <summary>A request <see cref="ListFileServer"/> received, and how it answered.</summary>
public sealed record SeenRequest(string Path, string? Range, string? IfRange, string? UserAgent, Reply Reply);
