namespace Embargo.Matching.Scan;

/// <summary>What a scan found: mentions in text order, and how much text it read.</summary>
public sealed record ScanResult(IReadOnlyList<TextMention> Mentions, int Characters, int Tokens)
{
    public bool AnyStrong => Mentions.Any(m => m.Strength == MentionStrength.Strong);
}
