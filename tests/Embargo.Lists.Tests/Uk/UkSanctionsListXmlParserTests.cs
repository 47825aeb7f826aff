using Embargo.Core.Model;
using Embargo.Lists.Parsing;
using Embargo.Lists.Uk;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Uk;

public sealed class UkSanctionsListXmlParserTests
{
    [Fact]
    public async Task FixtureHasThreeDesignationsAndItsGenerationDate()
    {
        var (entries, context) = await ParseAsync(UkSanctionsListFixtures.Xml);

        Assert.Equal(["RUS9901", "RUS9902", "RUS9903"], entries.Select(e => e.SourceId));
        Assert.Equal([EntityKind.Person, EntityKind.Organization, EntityKind.Vessel], entries.Select(e => e.Kind));
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero), context.PublishedAt);
        Assert.Empty(context.Issues);
    }

    [Fact]
    public async Task IndividualHasNamesBirthDatesDocumentsAndOfsiGroupId()
    {
        var (entries, _) = await ParseAsync(UkSanctionsListFixtures.Xml);
        var person = entries[0];

        Assert.Equal("uk-fcdo:RUS9901", person.Id);
        Assert.Equal("Ivan Petrovich OBRAZTSOV", person.Name.Full);
        Assert.Equal(NamePartKinds.Numbered(6), person.Name.Parts[^1].Kind);
        Assert.Equal(
            [("Ivan Petrovich OBRAZTSOFF", NameType.Alias, NameStrength.Strong), ("Vanya", NameType.Alias, NameStrength.Weak),
             ("Иван Петрович Образцов", NameType.OriginalScript, NameStrength.Strong)],
            person.Aliases.Select(a => (a.Full, a.Type, a.Strength)));
        Assert.Equal("Primary name variation", person.Aliases[0].Note);
        Assert.Equal("Cyrl", person.Aliases[2].Script);
        Assert.Equal([new PartialDate(1961), new PartialDate(1962, 3, 12)], person.BirthDates.Select(b => b.Date!.Value));
        Assert.Equal("dd/mm/1961", person.BirthDates[0].Text);
        Assert.Equal([new CountryRef("Russia", "RU")], person.Nationalities);
        Assert.Equal(["Dr", "Director of an invented company"], person.Positions);
        Assert.Equal("male", person.Gender);
        Assert.Equal(["Passport", "National Identifier"], person.Identifiers.Select(d => d.Type));
        Assert.Equal(new PartialDate(2022, 3, 15), person.ListedOn);
        Assert.Equal([new PartialDate(2026, 3, 2)], person.UpdatedOn);
        Assert.Contains(new EntryAttribute("OFSI Group ID", "99901"), person.Attributes);
        Assert.Contains(new EntryAttribute("UK Statement of Reasons", "Invented reasons."), person.Attributes);
        Assert.Equal(["Asset freeze", "Travel Ban", "Director Disqualification Sanction"], person.Measures.Select(m => m.Description));
        Assert.Equal("Invented for tests.", person.Remarks);
        var address = Assert.Single(person.Addresses);
        Assert.Equal(("1 Test Street, Exampleburg", "000001", "RU"), (address.Street, address.PostalCode, address.CountryCode));
    }

    [Fact]
    public async Task EntityHasContactsRegistrationAndRelations()
    {
        var (entries, _) = await ParseAsync(UkSanctionsListFixtures.Xml);
        var entity = entries[1];

        Assert.Equal(2, entity.Addresses.Count);
        Assert.Equal("AE", entity.Addresses[1].CountryCode);
        Assert.Equal([new IdentityDocument { Type = "Business registration number (s)", Number = "1000000000001" }], entity.Identifiers);
        Assert.Equal([new Relation("subsidiary", "EXAMPLE LOGISTICS LLC"), new Relation("parent-company", "EXAMPLE HOLDING JSC")], entity.Relations);
        Assert.Contains(new EntryAttribute("Email address", "info@example.test"), entity.Attributes);
        Assert.DoesNotContain(entity.Attributes, a => a.Key == "OFSI Group ID"); // designated after OFSI's list closed
    }

    [Fact]
    public async Task ShipHasVesselDetailsAndUnknownFieldsAreKept()
    {
        var (entries, _) = await ParseAsync(UkSanctionsListFixtures.Xml);
        var ship = entries[2];

        Assert.Equal(
            new VesselDetails
            {
                Imo = "IMO9000001", Flag = "Gabon", FlagCode = "GA", VesselType = "Oil Tanker", Tonnage = "50000",
                BuildYear = "2005", Owner = "EXAMPLE SHIPPING FZCO",
            },
            ship.Vessel);
        Assert.Contains(new IdentityDocument { Type = "IMO number", Number = "IMO9000001" }, ship.Identifiers);
        Assert.Contains(new Relation("owner-operator", "EXAMPLE SHIPPING FZCO"), ship.Relations);
        Assert.Contains(new EntryAttribute("Previous flags", "Panama"), ship.Attributes);
        Assert.Contains(new EntryAttribute("Length of ship", "200"), ship.Attributes);
        Assert.Contains(new EntryAttribute("FutureField", "a field this code does not know"), ship.Attributes);
    }

    [Fact]
    public async Task WrongRootElementFailsNamingTheFile()
    {
        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseAsync("<ArrayOfFinancialSanctionsTarget/>"));

        Assert.Equal(UkSanctionsListXmlParser.DefaultFileName, error.File);
        Assert.Contains("Designations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableBirthDateIsReportedWithItsLine()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Designations>
              <DateGenerated>14/03/2026</DateGenerated>
              <Designation>
                <UniqueID>RUS9904</UniqueID>
                <Names><Name><Name6>INVENTED PERSON</Name6><NameType>Primary Name</NameType></Name></Names>
                <IndividualEntityShip>Individual</IndividualEntityShip>
                <IndividualDetails>
                  <Individual><DOBs><DOB>31/02/1970</DOB></DOBs></Individual>
                </IndividualDetails>
              </Designation>
            </Designations>
            """;

        var (entries, context) = await ParseAsync(xml);

        var issue = Assert.Single(context.Issues);
        Assert.Equal(9, issue.Line);
        Assert.Contains("31/02/1970", issue.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOfBirth { Text = "31/02/1970" }, Assert.Single(Assert.Single(entries).BirthDates));
    }

    internal static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(string xml)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(UkSanctionsListXmlParser.DefaultFileName, xml);
        var context = new ParseContext();
        var entries = await new UkSanctionsListXmlParser().ParseAsync(new ListFileSet([path]), context, CancellationToken.None).ToListAsync();
        return (entries, context);
    }
}
