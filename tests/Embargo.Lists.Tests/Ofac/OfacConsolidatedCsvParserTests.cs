using Embargo.Core.Model;
using Embargo.Lists.Ofac;

namespace Embargo.Lists.Tests.Ofac;

public sealed class OfacConsolidatedCsvParserTests(OfacSharedSets sets) : IClassFixture<OfacSharedSets>
{
    [Fact]
    public void ParserNamesItsFormatAndSource()
    {
        var parser = new OfacConsolidatedCsvParser();
        Assert.Equal("ofac-cons-csv", parser.Format);
        Assert.Equal(ListSources.OfacConsolidated, parser.Source);
    }

    [Embargo.Testing.SharedDataFact]
    public async Task Cons202512HasEveryEntry()
    {
        var (entries, context) = await sets.Consolidated202512;

        Assert.Equal(442, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("us-ofac-cons:", e.Id, StringComparison.Ordinal));
        Assert.Equal(79, entries.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(0, context.IssueCount);
    }

    [Embargo.Testing.SharedDataFact]
    public async Task PresidencyOfDefenseIndustriesHasMenuBasedMeasures()
    {
        var (entries, _) = await sets.Consolidated202512;

        var ssb = entries.Single("27016");
        Assert.Equal("PRESIDENCY OF DEFENSE INDUSTRIES", ssb.Name.Full);
        Assert.Equal(EntityKind.Organization, ssb.Kind);
        Assert.Equal(["CAATSA - RUSSIA"], ssb.Programs);
        Assert.Equal("NS-MBS", ssb.ListName);
        Assert.Contains(ssb.Aliases, a => a is { Full: "DEFENSE INDUSTRIES PRESIDENCY", Type: NameType.Alias, Strength: NameStrength.Strong });
        Assert.Contains(ssb.Aliases, a => a is { Full: "UNDERSECRETARIAT FOR DEFENSE INDUSTRIES", Type: NameType.FormerName, Strength: NameStrength.Strong });
        Assert.Equal(["SSB", "SSM"], ssb.Aliases.Where(a => a.Strength == NameStrength.Weak).Select(a => a.Full));
        Assert.Equal(5, ssb.Measures.Count);
        Assert.All(ssb.Measures, m => Assert.Equal("CAATSA Section 235", m.Authority));
        Assert.Equal(["235(a)(2)", "235(a)(3)", "235(a)(4)", "235(a)(12)", "235(a)(1)"], ssb.Measures.Select(m => m.Reference));
        Assert.Equal(new SanctionMeasure("CAATSA Section 235", "EXPORT SANCTIONS", "235(a)(2)"), ssb.Measures[0]);
        Assert.Equal("LOANS FROM UNITED STATES FINANCIAL INSTITUTIONS", ssb.Measures[1].Description);
        var address = Assert.Single(ssb.Addresses);
        Assert.Equal(("Ankara", "Turkey", "TR"), (address.City, address.Country, address.CountryCode));
        Assert.Empty(ssb.Attributes);
    }

    [Embargo.Testing.SharedDataTheory]
    [InlineData("27016", "NS-MBS")]  // CAATSA - RUSSIA
    [InlineData("46072", "NS-MBS")]  // BURMA-EO14014, Myanma Oil and Gas Enterprise
    [InlineData("17018", "SSI")]     // UKRAINE-EO13662 with RUSSIA-EO14024: only the first names a list
    [InlineData("15268", "CAPTA")]   // 561-Related, Bank of Kunlun
    [InlineData("31695", null)]      // RUSSIA-EO14024 alone: NS-MBS or CAPTA depending on the directive
    public async Task ListNameIsInferredFromPrograms(string entNum, string? expected)
    {
        var (entries, _) = await sets.Consolidated202512;

        Assert.Equal(expected, entries.Single(entNum).ListName);
    }

    [Embargo.Testing.SharedDataFact]
    public async Task EveryListOfThePublicationIsFound()
    {
        var (entries, _) = await sets.Consolidated202512;

        var lists = entries.CountBy(e => e.ListName ?? "?").ToDictionary();
        Assert.Equal(286, lists["SSI"]);
        Assert.Equal(78, lists["NS-PLC"]);
        Assert.Equal(68, lists["NS-CMIC"]);
        Assert.Equal(3, lists["NS-MBS"]);
        Assert.Equal(1, lists["CAPTA"]);
        Assert.Equal(6, lists["?"]);
    }

    [Embargo.Testing.SharedDataFact]
    public async Task RemarksContinueInTheCommentsFile()
    {
        var (entries, _) = await sets.Consolidated202512;

        var sberbank = entries.Single("17018");
        Assert.Contains("Target Type Financial Institution;", sberbank.Remarks, StringComparison.Ordinal);
        Assert.EndsWith("a.k.a. 'SBERBANK INDIA'; a.k.a. 'SBERBANK MUMBAI'.", sberbank.Remarks, StringComparison.Ordinal);
        Assert.Contains(sberbank.Identifiers, d => d is { Type: "Registration Number", Number: "1027700132195", CountryCode: "RU" });
        Assert.Contains(new EntryAttribute("Target Type", "Financial Institution"), sberbank.Attributes);
    }
}
