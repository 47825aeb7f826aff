namespace Embargo.Lists.Ofac;

/// <summary>
/// Which list of OFAC's consolidated (non-SDN) publication an entry is on. The files have no list column, so the
/// list is inferred from the programs, conservatively: only programs that belong to exactly one list count
/// (<c>CAATSA - RUSSIA</c> is NS-MBS, <c>UKRAINE-EO13662</c> is SSI, <c>NS-PLC</c>, <c>CMIC-EO13959</c> is NS-CMIC,
/// <c>FSE-*</c>, <c>561-Related</c> is CAPTA, and the menu-based <c>BURMA-EO14014</c> and <c>ILLICIT-DRUGS-EO14059</c>).
/// Programs that span several lists (<c>RUSSIA-EO14024</c> directives are on NS-MBS or CAPTA depending on the
/// directive; <c>SDGT</c>, <c>VENEZUELA-EO13850</c>...) say nothing. When the telling programs name one list, that
/// is the list; when they name none or disagree, the list is left unknown (null).
/// </summary>
internal static class OfacListNames
{
    public const string NonSdnMenuBased = "NS-MBS";
    public const string SectoralSanctions = "SSI";
    public const string PalestinianLegislativeCouncil = "NS-PLC";
    public const string ChineseMilitaryIndustrialComplex = "NS-CMIC";
    public const string ForeignSanctionsEvaders = "FSE";
    public const string CorrespondentAccounts = "CAPTA";

    private static readonly Dictionary<string, string> ByProgram = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CAATSA - RUSSIA"] = NonSdnMenuBased,
        ["BURMA-EO14014"] = NonSdnMenuBased,
        ["ILLICIT-DRUGS-EO14059"] = NonSdnMenuBased,
        ["UKRAINE-EO13662"] = SectoralSanctions,
        ["NS-PLC"] = PalestinianLegislativeCouncil,
        ["CMIC-EO13959"] = ChineseMilitaryIndustrialComplex,
        ["561-Related"] = CorrespondentAccounts,
    };

    /// <summary>The consolidated-list name for an entry's programs, or null when the programs do not settle it.</summary>
    public static string? InferConsolidated(IReadOnlyList<string> programs)
    {
        string? list = null;
        foreach (var program in programs)
        {
            var candidate = ListOf(program);
            if (candidate is null) continue;
            if (list is not null && !string.Equals(list, candidate, StringComparison.Ordinal)) return null;
            list = candidate;
        }
        return list;
    }

    private static string? ListOf(string program) =>
        ByProgram.TryGetValue(program, out var list) ? list
        : program.StartsWith("FSE-", StringComparison.OrdinalIgnoreCase) ? ForeignSanctionsEvaders
        : null;
}
