namespace Embargo.Hosting.Parties;

/// <summary>What importing a file of parties did: counts, and the records that could not be used (line and why).</summary>
public sealed record PartyImportResult(int Added, int Updated, int Unchanged, IReadOnlyList<(long Line, string Id, string Error)> Errors)
{
    public int Records => Added + Updated + Unchanged + Errors.Count;
}
