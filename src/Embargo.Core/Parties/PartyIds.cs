namespace Embargo.Core.Parties;

/// <summary>What a client's party id may be: 1 to 200 characters without control characters, compared exactly (after trimming).</summary>
public static class PartyIds
{
    public const int MaxLength = 200;

    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var id = text.Trim();
        if (id.Length > MaxLength) return null;
        foreach (var c in id)
        {
            if (char.IsControl(c)) return null;
        }
        return id;
    }
}
