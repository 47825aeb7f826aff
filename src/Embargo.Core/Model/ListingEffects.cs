namespace Embargo.Core.Model;

/// <summary>Reads what a listing means from where it is published (per the lists' own rules; see docs/domain.md).</summary>
public static class ListingEffects
{
    public static ListingEffect Of(ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var measures = entry.Measures.Select(m => string.Join(" · ", new[] { m.Authority, m.Description, m.Reference }.Where(p => !string.IsNullOrWhiteSpace(p)))).ToArray();
        return entry.Source switch
        {
            ListSources.OfacSdn => new("blocking", "Blocking (OFAC SDN)",
                "All property and interests in property in US jurisdiction are blocked and US persons may not deal with this party. "
                + "OFAC's 50 Percent Rule extends the blocking to entities owned 50 % or more, in aggregate, by blocked persons, even when they are not listed.", measures),
            ListSources.OfacConsolidated => OfacNonSdn(entry.ListName, measures),
            ListSources.BisDeniedPersons => new("export-control", "Export privileges denied (BIS Denied Persons List)",
                "The party may not take part in exports of items subject to the US Export Administration Regulations, and others may not export to or for it.", measures),
            ListSources.UnSecurityCouncil => new("asset-freeze", "UN Security Council sanctions",
                "Asset freeze, travel ban and arms embargo as the regime applies them; member states implement them in their own law.", measures),
            ListSources.EuFinancialSanctions => new("asset-freeze", "EU asset freeze",
                "Funds and economic resources are frozen, and none may be made available to the party, directly or indirectly, under the regime named.", measures),
            ListSources.UkSanctionsList => new("asset-freeze", "UK sanctions",
                "Asset freeze and the other measures the regime imposes (travel ban, trade or transport restrictions) under UK law.", measures),
            _ => new("own-list", "Own list", "A list of your organisation's own (or the built-in demo list): what a hit means is your policy's to say.", measures),
        };
    }

    private static ListingEffect OfacNonSdn(string? listName, IReadOnlyList<string> measures) => listName switch
    {
        "NS-MBS" => new("menu-based", "Menu-based sanctions (OFAC NS-MBS, e.g. CAATSA Section 235)",
            "Only the measures listed for this party apply (for example no US export licences, no US loans, no US procurement); it is not blocked.", measures),
        "SSI" => new("sectoral", "Sectoral sanctions (OFAC SSI)",
            "Only the dealings named in the applicable directive are barred (new debt or equity of the stated maturities); other dealings are allowed.", measures),
        "FSE" => new("restricted", "Foreign Sanctions Evader (OFAC FSE)",
            "US persons may not deal in goods, services or technology with this party; its property is not blocked.", measures),
        "CAPTA" => new("restricted", "Correspondent or payable-through account sanctions (OFAC CAPTA)",
            "US financial institutions may not open or keep correspondent or payable-through accounts for this foreign financial institution, or only under strict conditions.", measures),
        "NS-CMIC" => new("restricted", "Chinese military-industrial complex (OFAC NS-CMIC)",
            "US persons may not buy or sell publicly traded securities of this company or securities derived from them.", measures),
        "NS-PLC" => new("restricted", "Palestinian Legislative Council (OFAC NS-PLC)",
            "Listed for transparency; not blocked, though dealings may need a licence.", measures),
        _ => new("restricted", "OFAC non-SDN list",
            "The restrictions named by the programs and directives listed for this party apply; it is not on the SDN list and so not blocked as such.", measures),
    };
}
