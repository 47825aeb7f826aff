using Embargo.Core.Model;
using Embargo.Lists.Ofac;
using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Ofac;

public sealed class OfacSdnCsvParserTests(OfacSharedSets sets) : IClassFixture<OfacSharedSets>
{
    // Twelve columns: ent_num, name, type, programs, title, call sign, vessel type, tonnage, GRT, flag, owner, remarks.
    private const string Empty11 = "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

    [Fact]
    public void ParserNamesItsFormatAndSource()
    {
        var parser = new OfacSdnCsvParser();
        Assert.Equal("ofac-csv", parser.Format);
        Assert.Equal(ListSources.OfacSdn, parser.Source);
        Assert.Equal("sdn.csv", parser.MainFileName);
    }

    [SharedDataFact]
    public async Task Sdn202405HasEveryEntry()
    {
        var (entries, context) = await sets.Sdn202405;

        Assert.Equal(14_965, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.All(entries, e => Assert.NotEqual(EntityKind.Unknown, e.Kind));
        // Every date reads (passport dates such as "01 Jan 2026 to 31 Dec 2026" are spans), every row has its number,
        // and every side row belongs to an entry of the main file.
        Assert.Equal(0, context.IssueCount);
    }

    [SharedDataFact]
    public async Task Sdn202107HasEveryEntry()
    {
        var (entries, context) = await sets.Sdn202107;

        Assert.Equal(8_976, entries.Count);
        var kinds = entries.CountBy(e => e.Kind).ToDictionary();
        Assert.Equal(4_620, kinds[EntityKind.Person]);
        Assert.Equal(3_673, kinds[EntityKind.Organization]);
        Assert.Equal(406, kinds[EntityKind.Vessel]);
        Assert.Equal(277, kinds[EntityKind.Aircraft]);
        Assert.Equal(0, context.IssueCount);
    }

    [SharedDataTheory]
    [InlineData("sdn_2021-08-18.csv", 9_083)]
    [InlineData("sdn_2022-03-18.csv", 9_395)]
    [InlineData("sdn_2023-06-08.csv", 12_619)]
    [InlineData("sdn_2024-05-02.csv", 14_973)]
    public async Task HistoryPublicationReadsUnderItsSavedName(string fileName, int expected)
    {
        var files = new ListFileSet([SharedData.Path("lists", "ofac-sdn-history", fileName)]);

        var (entries, context) = await OfacCsvSets.ParseAsync(new OfacSdnCsvParser(mainFileName: fileName), files);

        Assert.Equal(expected, entries.Count);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Name.Full)));
        Assert.DoesNotContain(context.Issues, i => i.Message.Contains("row skipped", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task ShugayevHasAliasBirthDatePlaceNationalityAndAddress()
    {
        var (entries, _) = await sets.Sdn202405;

        var shugayev = entries.Single("35746");
        Assert.Equal("us-ofac-sdn:35746", shugayev.Id);
        Assert.Equal(EntityKind.Person, shugayev.Kind);
        Assert.Equal("SHUGAYEV, Dmitry", shugayev.Name.Full);
        Assert.Equal([new NamePart("last", "SHUGAYEV"), new NamePart("first", "Dmitry")], shugayev.Name.Parts);
        var alias = Assert.Single(shugayev.Aliases);
        Assert.Equal("SHUGAEV, Dmitry Evgenyevich", alias.Full);
        Assert.Equal(NameType.Alias, alias.Type);
        Assert.Equal(NameStrength.Strong, alias.Strength);
        Assert.Equal("56129", alias.SourceRef);
        Assert.Equal([new NamePart("last", "SHUGAEV"), new NamePart("first", "Dmitry Evgenyevich")], alias.Parts);
        var dob = Assert.Single(shugayev.BirthDates);
        Assert.Equal(new PartialDate(1965, 8, 11), dob.Date);
        Assert.Equal("11 Aug 1965", dob.Text);
        var pob = Assert.Single(shugayev.BirthPlaces);
        Assert.Equal(("Moscow", "Russia", "RU"), (pob.City, pob.Country, pob.CountryCode));
        Assert.Equal([new CountryRef("Russia", "RU")], shugayev.Nationalities);
        Assert.Equal("male", shugayev.Gender);
        var address = Assert.Single(shugayev.Addresses);
        Assert.Equal(("Moscow", "Russia", "RU"), (address.City, address.Country, address.CountryCode));
        Assert.Equal(["RUSSIA-EO14024"], shugayev.Programs);
        Assert.Equal("DOB 11 Aug 1965; POB Moscow, Russia; nationality Russia; Gender Male.", shugayev.Remarks);
    }

    [SharedDataFact]
    public async Task SberbankRemarksContinueInTheCommentsFile()
    {
        // In this composite set sdn.csv (2024-05) cuts the remarks later than sdn_comments.csv (2025-02) expects:
        // the continuation repeats the main file's last 108 characters, which are written once.
        var (entries, _) = await sets.Sdn202405;

        var sberbank = entries.Single("17018");
        Assert.StartsWith("SWIFT/BIC SABRRUMM; Website www.sberbank.ru;", sberbank.Remarks, StringComparison.Ordinal);
        Assert.EndsWith("a.k.a. 'SBERBANK INDIA'; a.k.a. 'SBERBANK MUMBAI'.", sberbank.Remarks, StringComparison.Ordinal);
        Assert.Contains("Listing Date (EO 14024 Directive 3): 24 Feb 2022; Effective Date (EO 14024 Directive 3): 26 Mar 2022; Tax ID No.",
            sberbank.Remarks, StringComparison.Ordinal);
        Assert.Single(AllIndexesOf(sberbank.Remarks!, "Listing Date (EO 14024 Directive 3)"));
        Assert.Contains(sberbank.Identifiers, d => d is { Type: "Tax ID No.", Number: "7707083893", CountryCode: "RU" });
        Assert.Contains(sberbank.Identifiers, d => d is { Type: "SWIFT/BIC", Number: "SABRRUMM" });
        Assert.Contains(sberbank.Aliases, a => a is { Full: "SBERBANK MUMBAI", Strength: NameStrength.Weak });
        Assert.Contains(sberbank.Attributes, a => a == new EntryAttribute("Listing Date (EO 14024 Directive 3)", "24 Feb 2022"));
    }

    [SharedDataFact]
    public async Task CoherentSetJoinsRemarksWhereTheyWereCut()
    {
        // 2021-07 is one publication: the main remarks stop at 1,000 characters inside "Phone", the comment goes on.
        var (entries, _) = await sets.Sdn202107;

        var li = entries.Single("28264");
        Assert.Contains("510.210; Phone Number 8613314257947; alt. Phone Number", li.Remarks, StringComparison.Ordinal);
        Assert.Contains(new EntryAttribute("Phone Number", "8613314257947"), li.Attributes);
        Assert.Contains(li.Identifiers, d => d is { Type: "Identification Number", Number: "210302198701102136", CountryCode: "CN" });
        Assert.Contains(li.Aliases, a => a is { Full: "blackjack1987", Strength: NameStrength.Weak });
        Assert.Contains(li.Relations, r => r.TargetName == "LAZARUS GROUP" && r.TargetId is not null);
    }

    [SharedDataFact]
    public async Task VesselHasColumnAndRemarkParticulars()
    {
        var (entries, _) = await sets.Sdn202405;

        var anatta = entries.Single("40560");
        Assert.Equal(EntityKind.Vessel, anatta.Kind);
        var vessel = Assert.IsType<VesselDetails>(anatta.Vessel);
        Assert.Equal("ZGB15", vessel.CallSign);
        Assert.Equal("Yacht", vessel.VesselType);
        Assert.Equal(("Cayman Islands", "KY"), (vessel.Flag, vessel.FlagCode));
        Assert.Equal(("1011159", "319025900", "2011"), (vessel.Imo, vessel.Mmsi, vessel.BuildYear));
        Assert.Contains(anatta.Identifiers, d => d is { Type: "Vessel Registration Identification", Number: "IMO 1011159" });
        Assert.Contains(anatta.Identifiers, d => d is { Type: "MMSI", Number: "319025900" });
        var owner = Assert.Single(anatta.Relations);
        Assert.Equal("ADONEV, Sergei Nikolaevich", owner.TargetName);
        Assert.StartsWith("us-ofac-sdn:", owner.TargetId, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task AircraftHasItsParticulars()
    {
        var (entries, _) = await sets.Sdn202405;

        var an124 = entries.Single("43162");
        Assert.Equal(EntityKind.Aircraft, an124.Kind);
        Assert.Null(an124.Vessel);
        var aircraft = Assert.IsType<AircraftDetails>(an124.Aircraft);
        Assert.Equal("RF-82041", aircraft.TailNumber);
        Assert.Equal("AN-124", aircraft.Model);
        Assert.Equal("9773054055089", aircraft.SerialNumber);
        Assert.Equal("08 Feb 1991", aircraft.ManufactureDate);
        Assert.Equal("154079", aircraft.ModeSTransponderCode);
        Assert.Contains(an124.Identifiers, d => d is { Type: "Aircraft Tail Number", Number: "RF-82041" });
        Assert.Contains(an124.Relations, r => r.TargetName == "COMMAND OF THE MILITARY TRANSPORT AVIATION" && r.TargetId is not null);
    }

    [SharedDataFact]
    public async Task LinkedToRelationsPointAtTheEntriesTheyName()
    {
        var (entries, _) = await sets.Sdn202405;

        var relations = entries.SelectMany(e => e.Relations).ToList();
        var ids = entries.Select(e => e.Id).ToHashSet();
        Assert.True(relations.Count > 6_000);
        Assert.All(relations.Where(r => r.TargetId is not null), r => Assert.Contains(r.TargetId!, ids));
        // The few left unresolved are on the consolidated list (PRESIDENCY OF DEFENSE INDUSTRIES) or ambiguous.
        Assert.True(relations.Count(r => r.TargetId is null) < 20);
    }

    [SharedDataFact]
    public async Task EntriesSurviveTheJsonRoundTrip()
    {
        var (entries, _) = await sets.Sdn202405;

        foreach (var id in (string[])["35746", "17018", "40560", "43162"])
        {
            var json = EntryJson.Serialize(entries.Single(id));
            Assert.Equal(json, EntryJson.Serialize(EntryJson.Deserialize(json)));
        }
    }

    [Fact]
    public async Task CancellationStopsTheParse()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("sdn.csv", $"1,\"A\",{Empty11}\r\n2,\"B\",{Empty11}\r\n");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new OfacSdnCsvParser().ParseAsync(new ListFileSet([path]), new ParseContext(), cancel.Token)) { }
        });
    }

    [Fact]
    public async Task EmptyMarkReadsAsNothing()
    {
        var (entries, context) = await OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("sdn.csv", $"101,\"ACME TRADING LLC\",{Empty11}\r\n"));

        var acme = Assert.Single(entries);
        Assert.Equal(EntityKind.Organization, acme.Kind);
        Assert.Equal("ACME TRADING LLC", acme.Name.Full);
        Assert.Empty(acme.Name.Parts);
        Assert.Empty(acme.Programs);
        Assert.Empty(acme.Positions);
        Assert.Empty(acme.Aliases);
        Assert.Null(acme.Vessel);
        Assert.Null(acme.Aircraft);
        Assert.Null(acme.Remarks);
        Assert.Null(acme.ListName);
        Assert.Empty(ContentIssues(context));
    }

    [Fact]
    public async Task InventedSetFillsEveryColumn()
    {
        var (entries, context) = await OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("sdn.csv",
                "201,\"PETROV, Ivan Ivanovich\",\"individual\",\"SDGT] [IRGC\",\"Deputy Minister\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1960 to 1962; Gender Male.\"\r\n" +
                "202,\"SEA STAR\",\"vessel\",\"IRAN\",-0- ,\"EPBC7\",\"Crude Oil Tanker\",\"150,000\",\"80,000\",\"Iran\",\"NATIONAL TANKER CO\",\"Vessel Registration Identification IMO 9000001.\"\r\n"),
            ("alt.csv",
                "201,9001,\"aka\",\"PETROV, Vanya\",-0- \r\n" +
                "201,9002,\"fka\",\"PETROFF, Ivan\",\"old spelling\"\r\n" +
                "202,9003,\"nka\",\"OCEAN STAR\",-0- \r\n"),
            ("add.csv",
                "201,8001,\"1 Tverskaya St.\",\"Moscow 125009\",\"Russia\",-0- \r\n" +
                "201,8002,-0- ,-0- ,-0- ,-0- \r\n"));

        Assert.Empty(ContentIssues(context));
        var petrov = entries.Single("201");
        Assert.Equal(["SDGT", "IRGC"], petrov.Programs);
        Assert.Equal(["Deputy Minister"], petrov.Positions);
        Assert.Equal([NameType.Alias, NameType.FormerName], petrov.Aliases.Select(a => a.Type));
        Assert.Equal("old spelling", petrov.Aliases[1].Note);
        Assert.Equal("9002", petrov.Aliases[1].SourceRef);
        Assert.Equal([new NamePart("last", "PETROFF"), new NamePart("first", "Ivan")], petrov.Aliases[1].Parts);
        var dob = Assert.Single(petrov.BirthDates);
        Assert.Equal((new PartialDate(1960), new PartialDate(1962)), (dob.Date!.Value, dob.To!.Value));
        var address = Assert.Single(petrov.Addresses); // the row of -0- says nothing
        Assert.Equal(("1 Tverskaya St.", "Moscow", "125009", "RU"), (address.Street, address.City, address.PostalCode, address.CountryCode));

        var tanker = entries.Single("202");
        Assert.Equal(NameType.NewName, Assert.Single(tanker.Aliases).Type);
        Assert.Empty(tanker.Aliases[0].Parts);
        Assert.Equal(new VesselDetails
        {
            Imo = "9000001", CallSign = "EPBC7", VesselType = "Crude Oil Tanker", Tonnage = "150,000",
            GrossRegisteredTonnage = "80,000", Flag = "Iran", FlagCode = "IR", Owner = "NATIONAL TANKER CO",
        }, tanker.Vessel);
    }

    [Fact]
    public async Task MultiLineCommentContinuesTheRemarks()
    {
        var (entries, _) = await OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("sdn.csv", $"301,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 01 Jan 1970; POB Mos\"\r\n"),
            ("sdn_comments.csv", "301,\"cow, Russia; a.k.a. 'THE\r\nFOX'; Linked To: DOE\r\nTRADING.\"\r\n\x1a"));

        var doe = Assert.Single(entries);
        Assert.Equal("DOB 01 Jan 1970; POB Moscow, Russia; a.k.a. 'THE FOX'; Linked To: DOE TRADING.", doe.Remarks);
        Assert.Equal("RU", Assert.Single(doe.BirthPlaces).CountryCode);
        Assert.Equal("THE FOX", Assert.Single(doe.Aliases).Full);
        Assert.Equal("DOE TRADING", Assert.Single(doe.Relations).TargetName);
    }

    [Fact]
    public async Task Windows1252TextDecodes()
    {
        // TempDirectory writes these as Windows-1252: é is the single byte 0xE9, invalid as UTF-8.
        var (entries, _) = await OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("sdn.csv", $"401,\"JOSÉ MARTÍNEZ CAFÉ S.A.\",{Empty11}\r\n"));

        Assert.Equal("JOSÉ MARTÍNEZ CAFÉ S.A.", Assert.Single(entries).Name.Full);
    }

    [Fact]
    public async Task UnterminatedQuoteFailsNamingFileAndLine()
    {
        var error = await Assert.ThrowsAsync<ListFormatException>(() => OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("sdn.csv", $"501,\"GOOD NAME\",{Empty11}\r\n502,\"BROKEN NAME,{Empty11}\r\n503,GOOD AGAIN,{Empty11}\r\n")));

        Assert.Equal("sdn.csv", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("sdn.csv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowWithoutANumberIsReportedAndSkipped()
    {
        var (entries, context) = await OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("sdn.csv", $"601,\"FIRST\",{Empty11}\r\nXX1,\"SECOND\",{Empty11}\r\n603,\"THIRD\",{Empty11}\r\n\x1a"));

        Assert.Equal(["601", "603"], entries.Select(e => e.SourceId));
        var issue = Assert.Single(ContentIssues(context));
        Assert.Equal(("sdn.csv", 2L), (issue.File, issue.Line));
        Assert.Contains("XX1", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableBirthDateIsKeptAndReported()
    {
        var (entries, context) = await OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("sdn.csv", $"701,\"FIRST\",{Empty11}\r\n702,\"ROE, Jane\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 31 Feb 1970.\"\r\n"));

        var dob = Assert.Single(entries.Single("702").BirthDates);
        Assert.Equal("31 Feb 1970", dob.Text);
        Assert.Null(dob.Date);
        var issue = Assert.Single(ContentIssues(context));
        Assert.Equal(("sdn.csv", 2L), (issue.File, issue.Line));
        Assert.Contains("31 Feb 1970", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SideRowsOfMissingEntriesAreReportedOnce()
    {
        var (entries, context) = await OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("sdn.csv", $"801,\"FIRST\",{Empty11}\r\n"),
            ("alt.csv", "999,1,\"aka\",\"NOBODY\",-0- \r\n998,2,\"aka\",\"NO ONE\",-0- \r\n"));

        Assert.Single(entries);
        var issue = Assert.Single(ContentIssues(context));
        Assert.Equal("alt.csv", issue.File);
        Assert.Contains("2 ent_num(s)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingMainFileFails()
    {
        var error = await Assert.ThrowsAsync<ListFormatException>(() => OfacCsvSets.ParseInlineAsync(new OfacSdnCsvParser(),
            ("alt.csv", "1,1,\"aka\",\"X\",-0- \r\n")));

        Assert.Equal("sdn.csv", error.File);
    }

    private static List<int> AllIndexesOf(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) found.Add(i);
        return found;
    }

    [Fact]
    public async Task MissingSideFilesAreReportedNotSilentlyDropped()
    {
        using var dir = new TempDirectory();
        var main = dir.Write("sdn.csv", "701,\"EXAMPLE, Person\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");

        var context = new ParseContext();
        await foreach (var _ in new OfacSdnCsvParser().ParseAsync(new ListFileSet([main]), context, default)) { }

        Assert.Equal(["add.csv", "alt.csv", "sdn_comments.csv"], context.Issues.Select(i => i.File).Order(StringComparer.Ordinal));
        Assert.All(context.Issues, i => Assert.Contains("not imported", i.Message, StringComparison.Ordinal));
        Assert.Equal(0, context.MalformedRecords);
    }

    // The invented sets below give only some of the side files; the notices about the others are beside the point.
    private static List<ParseIssue> ContentIssues(ParseContext context) =>
        [.. context.Issues.Where(i => !i.Message.Contains("is not among the files given", StringComparison.Ordinal))];
}
