namespace Embargo.Core.Model;

/// <summary>
/// A stated relation to another party. <see cref="Type"/> is e.g. <c>linked-to</c>; <see cref="TargetId"/> is the
/// entity id of the other party when the source identifies it.
/// </summary>
public sealed record Relation(string Type, string TargetName, string? TargetId = null);
