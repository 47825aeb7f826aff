namespace Embargo.Core.Access;

/// <summary>An actor tried something its role or the four-eyes rule does not allow.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
