namespace Embargo.Core.Parties;

/// <summary>What saving one party did, with the party as it was before (null when new).</summary>
public sealed record PartySave(Party Party, PartySaveOutcome Outcome, Party? Before);
