using Embargo.Core.Model;
using Embargo.Lists.Eu;
using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Eu;

public sealed class EuFsfXmlParserTests
{
    private static string SamplePath => SharedData.Path("lists", "samples", "eu-fsf-sample.xml");

    [SharedDataFact]
    public async Task SampleHasSixEntriesBecauseOneLogicalIdIsRepeated()
    {
        var (entries, context) = await ParseAsync(SamplePath);

        // The sample holds 7 <sanctionEntity> elements, but logicalId 5468 appears twice (the second is a
        // one-word test record): ids must be unique, so the later one is skipped and reported.
        Assert.Equal(6, entries.Count);
        Assert.Equal(["5295", "5463", "5468", "191", "5807", "927"], entries.Select(e => e.SourceId));
        var issue = Assert.Single(context.Issues);
        Assert.Contains("5468", issue.Message, StringComparison.Ordinal);
        Assert.NotNull(issue.Line);
        Assert.DoesNotContain(entries, e => e.Name.Full == "TestOneWord");
    }

    [SharedDataFact]
    public async Task PublishedAtIsTheGenerationDate()
    {
        var (_, context) = await ParseAsync(SamplePath);

        Assert.Equal(new DateTimeOffset(2020, 4, 15, 15, 29, 22, 497, TimeSpan.FromHours(2)), context.PublishedAt);
    }

    [SharedDataFact]
    public async Task AbouZeidHasAliasesBirthDatesAndCitizenship()
    {
        var entry = await EntryAsync("5295");

        Assert.Equal("eu-fsf:5295", entry.Id);
        Assert.Equal("EU.2026.82", entry.ReferenceNumber);
        Assert.Equal(EntityKind.Person, entry.Kind);
        Assert.Equal(["TAQA"], entry.Programs);
        Assert.Equal(new PartialDate(2008, 7, 3), entry.ListedOn);
        Assert.Equal("Abid Hammadou", entry.Name.Full);
        Assert.Equal([new NamePart(NamePartKinds.First, "Abid"), new NamePart(NamePartKinds.Last, "Hammadou")], entry.Name.Parts);
        Assert.Equal("16353", entry.Name.SourceRef);
        Assert.Equal(["Abdelhamid Abou Zeid", "Youcef Adel", "Amor Mohamed Ghedeir", "Abou Abdellah"], entry.Aliases.Select(a => a.Full));
        Assert.All(entry.Aliases, a => Assert.Equal(NameType.Alias, a.Type));
        Assert.StartsWith("(a) Mother's name is Benarouba Bachira", entry.Aliases[2].Note, StringComparison.Ordinal);
        Assert.Equal([new CountryRef("ALGERIA", "DZ")], entry.Citizenships);

        Assert.Equal(2, entry.BirthDates.Count);
        Assert.Equal(new DateOfBirth { Text = "1965-12-12", Date = new PartialDate(1965, 12, 12) }, entry.BirthDates[0]);
        Assert.Equal(new DateOfBirth { Text = "1958", Date = new PartialDate(1958), Circa = true }, entry.BirthDates[1]);
        Assert.Equal("Touggourt, Wilaya (province) of Ouargla", entry.BirthPlaces[0].City);
        Assert.Equal("DZ", entry.BirthPlaces[0].CountryCode);
        Assert.Contains(entry.Attributes, a => a.Key == "regulation" && a.Value.StartsWith("2019/555 (OJ L97); amendment, commission", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task KhalidShaikhMohammedHasGenderPassportAndNoListingDate()
    {
        var entry = await EntryAsync("191");

        Assert.Equal("Fahd Bin Adballah BIN KHALID", entry.Name.Full);
        Assert.Contains(entry.Aliases, a => a.Full == "Khalid Shaikh MOHAMMED");
        Assert.Equal("male", entry.Gender);
        Assert.Equal(["TERR"], entry.Programs);
        Assert.Null(entry.ListedOn); // this entity has no designationDate
        Assert.Equal(2, entry.BirthDates.Count);
        // city="-" is the EU's placeholder for "no city".
        Assert.Equal([new Place { Text = "PAKISTAN", Country = "PAKISTAN", CountryCode = "PK" }], entry.BirthPlaces);
        var passport = Assert.Single(entry.Identifiers);
        Assert.Equal(new IdentityDocument { Type = "National passport", Number = "488555" }, passport);
    }

    [SharedDataFact]
    public async Task ManziAddressKeepsPlaceRegionAndRemark()
    {
        var entry = await EntryAsync("5807");

        Assert.Equal(["COD"], entry.Programs);
        // Four <birthdate> elements pair two years with two places; each distinct fact is kept once.
        Assert.Equal([new PartialDate(1954), new PartialDate(1953)], entry.BirthDates.Select(b => b.Date));
        Assert.Equal(["Rushashi (Northern Province)", "Kigali"], entry.BirthPlaces.Select(p => p.City));
        var address = Assert.Single(entry.Addresses);
        Assert.Equal("Kikoma forest, Bogoyi, Walikale", address.Street);
        Assert.Equal("North Kivu", address.Region);
        Assert.Equal("CD", address.CountryCode);
        Assert.StartsWith("FDLR HQ at Kikoma forest", address.Note, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task AouadiHasIdentityCardPassportAndAddressRemark()
    {
        var entry = await EntryAsync("927");

        Assert.Equal("EU.3343.85", entry.ReferenceNumber);
        Assert.Equal(["04643632", "L191609"], entry.Identifiers.Select(d => d.Number));
        Assert.Equal("National identification card", entry.Identifiers[0].Type);
        Assert.All(entry.Identifiers, d => Assert.Equal("TN", d.CountryCode));
        var address = Assert.Single(entry.Addresses);
        Assert.Equal(("23 50th Street, Zehrouni", "Tunis", "Italian Fiscal Code: DAOMMD74T11Z352Z"), (address.Street, address.City, address.Note));
    }

    [SharedDataFact]
    public async Task FunctionBecomesAPosition()
    {
        var entry = await EntryAsync("5463");

        Assert.Equal(["Director of Korea Ryongaksan General Trading Corporation"], entry.Positions);
        Assert.Equal(["PRK"], entry.Programs);
    }

    [Fact]
    public async Task WeakAndOriginalScriptNamesContactsAndUnknownFieldsAreKept()
    {
        // Invented record in the FSF 1.1 structure.
        using var dir = new TempDirectory();
        var path = dir.Write("fsf.xml", Export("""
            <sanctionEntity designationDate="2022-03-15" unitedNationId="" euReferenceNumber="EU.9999.1" logicalId="900001">
              <regulation programme="RUS" numberTitle="2022/000 (OJ L1)" publicationDate="2022-03-15" regulationType="amendment"><publicationUrl>https://example.test/1</publicationUrl></regulation>
              <regulation programme="BLR" numberTitle="2022/001 (OJ L2)" publicationDate="2022-03-16"/>
              <subjectType code="enterprise" classificationCode="E"/>
              <nameAlias wholeName="Obraztsov Example Trading" strong="true" nameLanguage="" logicalId="1"/>
              <nameAlias wholeName="Образцов Пример" strong="true" nameLanguage="RU" logicalId="2"/>
              <nameAlias wholeName="OET" strong="false" nameLanguage="EN" logicalId="3"/>
              <address city="Exampleville" street="1 Test Street" poBox="12" zipCode="00000" countryIso2Code="00" countryDescription="UNKNOWN" futureField="kept">
                <contactInfo key="PHONE" value="+000 000"/>
              </address>
              <identification number="" latinNumber="" identificationTypeCode="regnumber" identificationTypeDescription="Registration Number" knownFalse="true"/>
              <remark>Invented for a test.</remark>
            </sanctionEntity>
            """));

        var (entries, context) = await ParseAsync(path);

        var entry = Assert.Single(entries);
        Assert.Empty(context.Issues);
        Assert.Equal(EntityKind.Organization, entry.Kind);
        Assert.Equal(["RUS", "BLR"], entry.Programs);
        Assert.Equal("Obraztsov Example Trading", entry.Name.Full);
        Assert.Equal((NameType.OriginalScript, "Cyrl", "RU"), (entry.Aliases[0].Type, entry.Aliases[0].Script, entry.Aliases[0].Language));
        Assert.Equal((NameType.Alias, NameStrength.Weak), (entry.Aliases[1].Type, entry.Aliases[1].Strength));
        var address = Assert.Single(entry.Addresses);
        Assert.Equal(("1 Test Street, PO Box 12", "00000", null), (address.Street, address.PostalCode, address.Country));
        Assert.Contains(new EntryAttribute("PHONE", "+000 000"), entry.Attributes);
        Assert.Contains(new EntryAttribute("address.futureField", "kept"), entry.Attributes);
        Assert.Contains(new EntryAttribute("Registration Number", "known false"), entry.Attributes);
        Assert.Contains(new EntryAttribute("regulation", "2022/000 (OJ L1); amendment; published 2022-03-15; https://example.test/1"), entry.Attributes);
        Assert.Equal("Invented for a test.", entry.Remarks);
    }

    [Fact]
    public async Task WrongRootElementFailsNamingTheFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("not-fsf.xml", "<export><sanctionEntity logicalId=\"1\"/></export>");

        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseAsync(path));

        Assert.Equal("not-fsf.xml", error.File);
        Assert.Contains("not-fsf.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenXmlFailsWithTheLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("broken.xml", Export("<sanctionEntity logicalId=\"1\">\n<nameAlias wholeName=\"X\">\n</sanctionEntity>"));

        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseAsync(path));

        Assert.Equal("broken.xml", error.File);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public async Task UnreadableBirthDateIsReportedWithItsLineAndKeptAsText()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("fsf.xml", Export("""
            <sanctionEntity logicalId="900002" euReferenceNumber="EU.9999.2" designationDate="2020-01-01">
              <subjectType code="person"/>
              <nameAlias wholeName="Invented Person" strong="true"/>
              <birthdate circa="false" calendarType="GREGORIAN" year="19x5" countryIso2Code="00" countryDescription="UNKNOWN"/>
            </sanctionEntity>
            """));

        var (entries, context) = await ParseAsync(path);

        var issue = Assert.Single(context.Issues);
        Assert.Equal(6, issue.Line);
        Assert.Equal("birthdate", issue.Element);
        var birth = Assert.Single(Assert.Single(entries).BirthDates);
        Assert.Equal(("19x5", null), (birth.Text, birth.Date));
    }

    private static string Export(string entities) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <export xmlns="{EuFsfXmlParser.Namespace}" generationDate="2024-01-02T03:04:05.000+01:00">
        {entities}
        </export>
        """;

    private static async Task<ListEntry> EntryAsync(string logicalId)
    {
        var (entries, _) = await ParseAsync(SamplePath);
        return Assert.Single(entries, e => e.SourceId == logicalId);
    }

    private static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(string path)
    {
        var context = new ParseContext();
        var entries = await new EuFsfXmlParser().ParseAsync(new ListFileSet([path]), context, CancellationToken.None).ToListAsync();
        return (entries, context);
    }
}
