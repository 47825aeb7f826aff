namespace Embargo.Core.Model;

/// <summary>Any other published fact, under the publisher's own label (<c>Website</c>, <c>Email Address</c>).</summary>
public sealed record EntryAttribute(string Key, string Value);
