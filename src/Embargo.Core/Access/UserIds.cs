namespace Embargo.Core.Access;

/// <summary>What a user id may look like: 1 to 64 of lowercase letters, digits and <c>. _ - @</c>.</summary>
public static class UserIds
{
    public const int MaxLength = 64;

    /// <summary>The id in its stored form (trimmed, lowercase), or null when it is not a valid id.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var id = text.Trim().ToLowerInvariant();
        if (id.Length > MaxLength) return null;
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@')) return null;
        }
        return id;
    }
}
