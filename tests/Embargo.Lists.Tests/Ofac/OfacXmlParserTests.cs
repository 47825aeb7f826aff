using Embargo.Core.Model;
using Embargo.Lists.Ofac;
using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Ofac;

public sealed class OfacXmlParserTests
{
    private const string SampleSdn = "ofac-sdn-sample.xml";
    private const string SampleConsolidated = "ofac-cons-sample.xml";
    private const string SlsNamespace = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML";

    [SharedDataFact]
    public async Task SampleHasEightEntriesAndItsPublishDate()
    {
        var (entries, context) = await ParseSampleAsync(ListSources.OfacSdn, SampleSdn);

        Assert.Equal(8, entries.Count);
        Assert.Equal(6, entries.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(2, entries.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(new DateTimeOffset(2020, 4, 22, 0, 0, 0, TimeSpan.Zero), context.PublishedAt);
        Assert.All(entries, e => Assert.Equal(ListSources.EntityId(ListSources.OfacSdn, e.SourceId), e.Id));
    }

    [SharedDataFact]
    public async Task SampleRecordCountDifferenceIsReported()
    {
        // The excerpt keeps the full list's Record_Count (8197) but only 8 entries.
        var (_, context) = await ParseSampleAsync(ListSources.OfacSdn, SampleSdn);

        var issue = Assert.Single(context.Issues);
        Assert.Equal("Record_Count", issue.Element);
        Assert.Contains("8,197", issue.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task SaeedHasAliasesDocumentsAndBirthData()
    {
        var (entries, _) = await ParseSampleAsync(ListSources.OfacSdn, SampleSdn);
        var saeed = entries.Single(e => e.SourceId == "10689");

        Assert.Equal("us-ofac-sdn:10689", saeed.Id);
        Assert.Equal("SAEED, Muhammad", saeed.Name.Full);
        Assert.Equal([new NamePart(NamePartKinds.First, "Muhammad"), new NamePart(NamePartKinds.Last, "SAEED")], saeed.Name.Parts);
        Assert.Equal(["SDGT"], saeed.Programs);

        Assert.Equal(10, saeed.Aliases.Count);
        var strong = saeed.Aliases.Single(a => a.SourceRef == "10711");
        Assert.Equal("SAEED, Hafiz Muhammad", strong.Full);
        Assert.Equal(NameType.Alias, strong.Type);
        Assert.Equal(NameStrength.Strong, strong.Strength);
        var weak = saeed.Aliases.Where(a => a.Strength == NameStrength.Weak).Select(a => a.Full).ToArray();
        Assert.Equal(["HAFIZ SAHIB", "TATA JI"], weak);
        Assert.All(saeed.Aliases.Where(a => a.Strength == NameStrength.Weak), a => Assert.Empty(a.Parts));

        var passport = saeed.Identifiers.Single(i => i.Number == "BE5978421");
        Assert.Equal("Passport", passport.Type);
        Assert.Equal("PK", passport.CountryCode);
        Assert.Equal("14 Nov 2007", passport.IssueDate);
        Assert.Equal("12 Nov 2012", passport.ExpiryDate);
        Assert.Equal(2, saeed.Identifiers.Count(i => i.Type == "National ID No."));

        var birth = Assert.Single(saeed.BirthDates);
        Assert.Equal("05 Jun 1950", birth.Text);
        Assert.Equal(new PartialDate(1950, 6, 5), birth.Date);
        var place = Assert.Single(saeed.BirthPlaces);
        Assert.Equal("Sargodha, Punjab, Pakistan", place.Text);
        Assert.Equal("Sargodha", place.City);
        Assert.Equal("PK", place.CountryCode);
        Assert.Equal([new CountryRef("Pakistan", "PK")], saeed.Nationalities);

        var address = Assert.Single(saeed.Addresses);
        Assert.Equal("House No. 116 E, Mohalla Johar, Town: Lahore, Tehsil:", address.Street);
        Assert.Equal("Lahore City, Lahore District", address.City);
        Assert.Equal("PK", address.CountryCode);
    }

    [SharedDataFact]
    public async Task NaqdiFactsFromTheIdListReachGenderAndAttributes()
    {
        var (entries, _) = await ParseSampleAsync(ListSources.OfacSdn, SampleSdn);
        var naqdi = entries.Single(e => e.SourceId == "12057");

        Assert.Equal("male", naqdi.Gender);
        Assert.Empty(naqdi.Identifiers);
        Assert.Equal([new EntryAttribute("Additional Sanctions Information", "Subject to Secondary Sanctions")], naqdi.Attributes);
        Assert.Equal(3, naqdi.Positions.Count);
        Assert.Equal("Brigadier General and Commander of the IRGC Basij Resistance Force", naqdi.Positions[0]);
        Assert.Equal("Head of the Basij", naqdi.Remarks);
        Assert.Equal(6, naqdi.Programs.Count);

        Assert.Equal(["1951 to 1953", "1960 to 1962", "Apr 1961", "1953"], naqdi.BirthDates.Select(d => d.Text));
        Assert.Equal(new PartialDate(1951), naqdi.BirthDates[0].Date);
        Assert.Equal(new PartialDate(1953), naqdi.BirthDates[0].To);
        Assert.Equal(new PartialDate(1961, 4), naqdi.BirthDates[2].Date);
        Assert.Equal(["IQ", "IR"], naqdi.BirthPlaces.Select(p => p.CountryCode));
    }

    [SharedDataFact]
    public async Task LinkedToRemarkBecomesARelationAndRemarksStayWhole()
    {
        var (entries, _) = await ParseSampleAsync(ListSources.OfacSdn, SampleSdn);
        var nishiguchi = entries.Single(e => e.SourceId == "15496");

        Assert.Equal([new Relation("linked-to", "SUMIYOSHI-KAI")], nishiguchi.Relations);
        Assert.Equal("(Linked To: SUMIYOSHI-KAI)", nishiguchi.Remarks);
    }

    [SharedDataFact]
    public async Task RangeAndCircaBirthDatesOfTheSampleAreRead()
    {
        var (entries, _) = await ParseSampleAsync(ListSources.OfacSdn, SampleSdn);

        var khan = entries.Single(e => e.SourceId == "18619");
        Assert.Equal(new PartialDate(1976, 1, 1), khan.BirthDates[0].Date);
        Assert.Equal(new PartialDate(1978, 12, 31), khan.BirthDates[0].To);
        var circa = Assert.Single(entries.Single(e => e.SourceId == "12345").BirthDates);
        Assert.Equal("circa-1951", circa.Text);
        Assert.True(circa.Circa);
        Assert.Equal(new PartialDate(1951), circa.Date);
    }

    [SharedDataFact]
    public async Task EntitiesKeepTheirNameWholeWithRegistrationNumbers()
    {
        var (entries, _) = await ParseSampleAsync(ListSources.OfacSdn, SampleSdn);
        var troll = entries.Single(e => e.SourceId == "19187");

        Assert.Equal(EntityKind.Organization, troll.Kind);
        Assert.Equal("TROLL PROPERTIES, INC.", troll.Name.Full);
        Assert.Empty(troll.Name.Parts);
        var ruc = Assert.Single(troll.Identifiers);
        Assert.Equal(("RUC #", "991715-1-534344", "PA"), (ruc.Type, ruc.Number, ruc.CountryCode));
        Assert.Equal("PA", Assert.Single(troll.Addresses).CountryCode);
    }

    [SharedDataFact]
    public async Task ConsolidatedSampleIsReadUnderTheConsolidatedSource()
    {
        var (entries, _) = await ParseSampleAsync(ListSources.OfacConsolidated, SampleConsolidated);

        Assert.Equal(8, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("us-ofac-cons:", e.Id, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal(ListSources.OfacConsolidated, e.Source));
    }

    [Fact]
    public async Task DefaultFileNamesFollowTheSource()
    {
        using var dir = new TempDirectory();
        dir.Write("consolidated.xml", Document(Entry("1", "<lastName>A</lastName><sdnType>Entity</sdnType>")));

        Assert.Equal("ofac-xml", new OfacXmlParser().Format);
        Assert.Equal(ListSources.OfacSdn, new OfacXmlParser().Source);
        var files = new ListFileSet([Path.Combine(dir.Path, "consolidated.xml")]);
        Assert.Throws<ArgumentException>(() => new OfacXmlParser(ListSources.UnSecurityCouncil));
        Assert.Single((await ParseAsync(new OfacXmlParser(ListSources.OfacConsolidated), files)).Entries);
    }

    [Fact]
    public async Task NewerNamespaceIsReadByLocalName()
    {
        var xml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <sdnList xmlns="{SlsNamespace}">
              <publshInformation><Publish_Date>09/18/2025</Publish_Date><Record_Count>1</Record_Count></publshInformation>
              <sdnEntry><uid>900001</uid><firstName>Ivan</firstName><lastName>EXAMPLEOV</lastName><sdnType>Individual</sdnType>
                <programList><program>RUSSIA-EO14024</program></programList></sdnEntry>
            </sdnList>
            """;

        var (entries, context) = await ParseInlineAsync(xml);

        var entry = Assert.Single(entries);
        Assert.Equal("EXAMPLEOV, Ivan", entry.Name.Full);
        Assert.Equal(["RUSSIA-EO14024"], entry.Programs);
        Assert.Equal(new DateTimeOffset(2025, 9, 18, 0, 0, 0, TimeSpan.Zero), context.PublishedAt);
        Assert.Empty(context.Issues);
    }

    [Fact]
    public async Task VesselIdsAndVesselInfoFillVesselDetails()
    {
        var xml = Document(Entry("900002", """
            <lastName>SEA EXAMPLE</lastName><sdnType>Vessel</sdnType>
            <idList>
              <id><uid>1</uid><idType>Vessel Registration Identification</idType><idNumber>IMO 9123456</idNumber></id>
              <id><uid>2</uid><idType>MMSI</idType><idNumber>273123456</idNumber></id>
              <id><uid>3</uid><idType>Vessel Year of Build</idType><idNumber>2001</idNumber></id>
              <id><uid>4</uid><idType>Other Vessel Flag</idType><idNumber>Panama</idNumber></id>
            </idList>
            <akaList><aka><uid>5</uid><type>f.k.a.</type><category>strong</category><lastName>OLD EXAMPLE</lastName></aka></akaList>
            <vesselInfo><callSign>UBCD7</callSign><vesselType>Crude Oil Tanker</vesselType><vesselFlag>Russia</vesselFlag>
              <vesselOwner>EXAMPLE SHIPPING LLC</vesselOwner><tonnage>60000</tonnage><grossRegisteredTonnage>42000</grossRegisteredTonnage></vesselInfo>
            """));

        var entry = Assert.Single((await ParseInlineAsync(xml)).Entries);

        Assert.Equal(EntityKind.Vessel, entry.Kind);
        var vessel = Assert.IsType<VesselDetails>(entry.Vessel);
        Assert.Equal("9123456", vessel.Imo);
        Assert.Equal("273123456", vessel.Mmsi);
        Assert.Equal("2001", vessel.BuildYear);
        Assert.Equal(("UBCD7", "Crude Oil Tanker", "RU"), (vessel.CallSign, vessel.VesselType, vessel.FlagCode));
        Assert.Equal(("60000", "42000", "EXAMPLE SHIPPING LLC"), (vessel.Tonnage, vessel.GrossRegisteredTonnage, vessel.Owner));
        Assert.Contains(entry.Identifiers, i => i.Type == "Vessel Registration Identification" && i.Number == "IMO 9123456");
        Assert.Contains(entry.Identifiers, i => i.Type == "MMSI");
        Assert.Equal([new EntryAttribute("Other Vessel Flag", "Panama")], entry.Attributes);
        var former = Assert.Single(entry.Aliases);
        Assert.Equal((NameType.FormerName, "OLD EXAMPLE"), (former.Type, former.Full));
        Assert.Null(entry.Aircraft);
    }

    [Fact]
    public async Task AircraftIdsFillAircraftDetails()
    {
        var xml = Document(Entry("900003", """
            <lastName>EP-XYZ</lastName><sdnType>Aircraft</sdnType>
            <idList>
              <id><uid>1</uid><idType>Aircraft Tail Number</idType><idNumber>EP-XYZ</idNumber></id>
              <id><uid>2</uid><idType>Aircraft Model</idType><idNumber>Airbus A340-642</idNumber></id>
              <id><uid>3</uid><idType>Aircraft Manufacturer's Serial Number (MSN)</idType><idNumber>1234</idNumber></id>
              <id><uid>4</uid><idType>Aircraft Manufacture Date</idType><idNumber>01 Jan 2005</idNumber></id>
              <id><uid>5</uid><idType>Aircraft Operator</idType><idNumber>EXAMPLE AIR</idNumber></id>
              <id><uid>6</uid><idType>Aircraft Mode S Transponder Code</idType><idNumber>7C1234</idNumber></id>
            </idList>
            """));

        var entry = Assert.Single((await ParseInlineAsync(xml)).Entries);

        Assert.Equal(EntityKind.Aircraft, entry.Kind);
        var aircraft = Assert.IsType<AircraftDetails>(entry.Aircraft);
        Assert.Equal(("EP-XYZ", "Airbus A340-642", "1234"), (aircraft.TailNumber, aircraft.Model, aircraft.SerialNumber));
        Assert.Equal(("01 Jan 2005", "EXAMPLE AIR", "7C1234"), (aircraft.ManufactureDate, aircraft.Operator, aircraft.ModeSTransponderCode));
        // Numbers a screener can match on stay identifiers too; model, date and operator are descriptions.
        Assert.Equal(["Aircraft Tail Number", "Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Mode S Transponder Code"],
            entry.Identifiers.Select(i => i.Type));
        Assert.Null(entry.Vessel);
    }

    [Fact]
    public async Task CaatsaWebsiteAndEmailIdsBecomeMeasuresAndAttributes()
    {
        var xml = Document(Entry("900004", """
            <lastName>EXAMPLE DEFENSE AGENCY</lastName><sdnType>Entity</sdnType>
            <programList><program>CAATSA - RUSSIA</program></programList>
            <idList>
              <id><uid>1</uid><idType>CAATSA Section 235 Information:</idType><idNumber>EXPORT SANCTIONS Sec. 235(a)(2)</idNumber></id>
              <id><uid>2</uid><idType>CAATSA Section 235 Information:</idType><idNumber>SANCTIONS ON PRINCIPAL EXECUTIVE OFFICERS. Sec 235(a)(12)</idNumber></id>
              <id><uid>3</uid><idType>Website</idType><idNumber>www.example.org</idNumber></id>
              <id><uid>4</uid><idType>Email Address</idType><idNumber>info@example.org</idNumber></id>
              <id><uid>5</uid><idType>Secondary sanctions risk:</idType><idNumber>Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201</idNumber></id>
              <id><uid>6</uid><idType>Organization Established Date</idType><idNumber>1999</idNumber></id>
              <id><uid>7</uid><idType>Tax ID No.</idType><idNumber>7700000000</idNumber><idCountry>Russia</idCountry></id>
              <id><uid>8</uid><idType>SWIFT/BIC</idType><idNumber>EXAMRUMM</idNumber></id>
            </idList>
            <akaList><aka><uid>9</uid><type>a.k.a.</type><category>weak</category><lastName>EDA</lastName></aka>
              <aka><uid>10</uid><type>n.k.a.</type><category>strong</category><lastName>EXAMPLE DEFENSE</lastName></aka></akaList>
            """));

        var entry = Assert.Single((await ParseInlineAsync(xml)).Entries);

        Assert.Equal(
            [new SanctionMeasure("CAATSA Section 235", "EXPORT SANCTIONS", "235(a)(2)"),
             new SanctionMeasure("CAATSA Section 235", "SANCTIONS ON PRINCIPAL EXECUTIVE OFFICERS", "235(a)(12)")],
            entry.Measures);
        Assert.Equal(["Website", "Email Address", "Secondary sanctions risk", "Organization Established Date"],
            entry.Attributes.Select(a => a.Key));
        Assert.Equal("www.example.org", entry.Attributes[0].Value);
        Assert.Equal(["Tax ID No.", "SWIFT/BIC"], entry.Identifiers.Select(i => i.Type));
        Assert.Equal("RU", entry.Identifiers[0].CountryCode);
        Assert.Equal((NameStrength.Weak, "weak"), (entry.Aliases[0].Strength, entry.Aliases[0].Quality));
        Assert.Equal(NameType.NewName, entry.Aliases[1].Type);
    }

    [Fact]
    public async Task BirthDateTextFormsAreRead()
    {
        var xml = Document(Entry("900005", """
            <firstName>Test</firstName><lastName>PERSON</lastName><sdnType>Individual</sdnType>
            <dateOfBirthList>
              <dateOfBirthItem><uid>1</uid><dateOfBirth>11 Aug 1965</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem>
              <dateOfBirthItem><uid>2</uid><dateOfBirth>circa 1965</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>
              <dateOfBirthItem><uid>3</uid><dateOfBirth>1960 to 1962</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>
              <dateOfBirthItem><uid>4</uid><dateOfBirth>Aug 1965</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>
              <dateOfBirthItem><uid>5</uid><dateOfBirth>1965-08-11</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>
              <dateOfBirthItem><uid>6</uid><dateOfBirth>Between 1970 and 1971</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>
            </dateOfBirthList>
            """));

        var (entries, context) = await ParseInlineAsync(xml);
        var dates = Assert.Single(entries).BirthDates;

        Assert.Equal(new PartialDate(1965, 8, 11), dates[0].Date);
        Assert.Equal((new PartialDate(1965), true), (dates[1].Date!.Value, dates[1].Circa));
        Assert.Equal((new PartialDate(1960), new PartialDate(1962)), (dates[2].Date!.Value, dates[2].To!.Value));
        Assert.Equal(new PartialDate(1965, 8), dates[3].Date);
        Assert.Equal(new PartialDate(1965, 8, 11), dates[4].Date);
        Assert.Equal((new PartialDate(1970), new PartialDate(1971)), (dates[5].Date!.Value, dates[5].To!.Value));
        Assert.Empty(context.Issues);
    }

    [Fact]
    public async Task UnreadableBirthDateIsReportedAndKeptAsText()
    {
        var xml = Document(Entry("900006", """
            <firstName>Test</firstName><lastName>PERSON</lastName><sdnType>Individual</sdnType>
            <dateOfBirthList><dateOfBirthItem><uid>1</uid><dateOfBirth>31 Feb 1965</dateOfBirth></dateOfBirthItem></dateOfBirthList>
            """));

        var (entries, context) = await ParseInlineAsync(xml);

        var date = Assert.Single(Assert.Single(entries).BirthDates);
        Assert.Equal("31 Feb 1965", date.Text);
        Assert.Null(date.Date);
        var issue = Assert.Single(context.Issues);
        Assert.Equal("dateOfBirth", issue.Element);
        Assert.Equal(5, issue.Line);
    }

    [Fact]
    public async Task UnknownElementsAreKeptAsAttributes()
    {
        var xml = Document(Entry("900007", """
            <lastName>EXAMPLE LTD</lastName><sdnType>Entity</sdnType>
            <listingDate>2024-01-01</listingDate>
            <extraList><extra><label>Sector</label></extra></extraList>
            """));

        var entry = Assert.Single((await ParseInlineAsync(xml)).Entries);

        Assert.Equal([new EntryAttribute("listingDate", "2024-01-01"), new EntryAttribute("extraList.label", "Sector")], entry.Attributes);
    }

    [Fact]
    public async Task EntryWithoutUidIsSkippedAndReported()
    {
        var xml = Document("<sdnEntry><lastName>NO ID</lastName><sdnType>Entity</sdnType></sdnEntry>" +
            Entry("900008", "<lastName>HAS ID</lastName><sdnType>Entity</sdnType>"));

        var (entries, context) = await ParseInlineAsync(xml);

        Assert.Equal("HAS ID", Assert.Single(entries).Name.Full);
        Assert.Contains("without <uid>", Assert.Single(context.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DtdWithExternalEntityIsRefused()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE sdnList [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <sdnList><sdnEntry><uid>1</uid><lastName>&secret;</lastName></sdnEntry></sdnList>
            """;

        var e = await Assert.ThrowsAsync<ListFormatException>(() => ParseInlineAsync(xml));
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
        Assert.Equal("sdn.xml", e.File);
    }

    [Fact]
    public async Task TruncatedFileFailsNamingTheLine()
    {
        var xml = Document(Entry("900009", "<lastName>CUT</lastName><sdnType>Entity</sdnType>"));
        xml = xml[..xml.IndexOf("</sdnType>", StringComparison.Ordinal)];

        var e = await Assert.ThrowsAsync<ListFormatException>(() => ParseInlineAsync(xml));
        Assert.NotNull(e.Line);
        Assert.StartsWith($"sdn.xml:{e.Line}: malformed XML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingClosingRootTagFails()
    {
        var xml = Document(Entry("900010", "<lastName>OK</lastName><sdnType>Entity</sdnType>")).Replace("</sdnList>", "", StringComparison.Ordinal);

        await Assert.ThrowsAsync<ListFormatException>(() => ParseInlineAsync(xml));
    }

    [Fact]
    public async Task WrongRootElementSaysWhatWasExpected()
    {
        const string xml = """<CONSOLIDATED_LIST dateGenerated="2024-01-01T00:00:00Z"><INDIVIDUALS/></CONSOLIDATED_LIST>""";

        var e = await Assert.ThrowsAsync<ListFormatException>(() => ParseInlineAsync(xml));
        Assert.Contains("expected root element <sdnList>", e.Message, StringComparison.Ordinal);
        Assert.Contains("<CONSOLIDATED_LIST>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFileIsAFormatError()
    {
        using var dir = new TempDirectory();
        var other = dir.Write("other.xml", "<sdnList/>");

        await Assert.ThrowsAsync<ListFormatException>(() => ParseAsync(new OfacXmlParser(), new ListFileSet([other])));
    }

    private static string Entry(string uid, string body) => $"<sdnEntry><uid>{uid}</uid>{body}</sdnEntry>";

    private static string Document(string entries) => $"""
        <?xml version="1.0" standalone="yes"?>
        <sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://tempuri.org/sdnList.xsd">
          <publshInformation><Publish_Date>01/02/2024</Publish_Date></publshInformation>
        {entries}
        </sdnList>
        """;

    private static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseInlineAsync(string xml)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("sdn.xml", xml);
        return await ParseAsync(new OfacXmlParser(), new ListFileSet([path]));
    }

    private static Task<(List<ListEntry> Entries, ParseContext Context)> ParseSampleAsync(string source, string sample) =>
        ParseAsync(new OfacXmlParser(source, sample), new ListFileSet([SharedData.Path("lists", "samples", sample)]));

    private static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(OfacXmlParser parser, ListFileSet files)
    {
        var context = new ParseContext();
        var entries = new List<ListEntry>();
        await foreach (var entry in parser.ParseAsync(files, context, CancellationToken.None)) entries.Add(entry);
        return (entries, context);
    }
}
