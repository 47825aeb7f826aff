using Embargo.Core.Model;
using Embargo.Lists.Parsing;
using Embargo.Lists.Un;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Un;

public sealed class UnConsolidatedXmlParserTests
{
    private static string RealList => SharedData.Path("lists", "un-2026-02-27", "consolidated.xml");

    [SharedDataFact]
    public async Task RealListHas730IndividualsAnd273Entities()
    {
        var (entries, context) = await ParseFileAsync(RealList);

        Assert.Equal(1003, entries.Count);
        Assert.Equal(730, entries.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(273, entries.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), context.PublishedAt);
        Assert.Equal(1003, entries.Select(e => e.Id).Distinct().Count());
        Assert.All(entries, e => Assert.Equal(ListSources.UnSecurityCouncil, e.Source));
        Assert.All(entries, e => Assert.NotNull(e.ReferenceNumber));
        Assert.All(entries, e => Assert.NotNull(e.ListedOn));
    }

    [SharedDataFact]
    public async Task RealListHasNoEmptyAliasesAndNoEmptyPlaceholders()
    {
        var (entries, _) = await ParseFileAsync(RealList);

        // 3,043 alias elements, 291 of them empty <QUALITY/><ALIAS_NAME/>, plus 378 original-script names.
        Assert.Equal(3130, entries.Sum(e => e.Aliases.Count));
        Assert.All(entries.SelectMany(e => e.Aliases), a => Assert.False(string.IsNullOrWhiteSpace(a.Full)));
        var badege = entries.Single(e => e.ReferenceNumber == "CDi.001");
        Assert.Empty(badege.Aliases);
        Assert.Empty(badege.Identifiers);
        Assert.Empty(badege.BirthPlaces);
    }

    [SharedDataFact]
    public async Task RealListReportsOnlyItsTwoUnreadableBirthDates()
    {
        var (_, context) = await ParseFileAsync(RealList);

        Assert.Equal(
            ["30-35 years old", "24/06/1402 (Hijri Calendar)"],
            context.Issues.Select(i => i.Message[(i.Message.IndexOf('\'', StringComparison.Ordinal) + 1)..i.Message.LastIndexOf('\'')]));
        Assert.All(context.Issues, i => Assert.Equal("INDIVIDUAL_DATE_OF_BIRTH", i.Element));
        Assert.All(context.Issues, i => Assert.NotNull(i.Line));
    }

    [SharedDataFact]
    public async Task ZidaneQDi001HasAliasesOfBothQualitiesAndAnArabicName()
    {
        var (entries, _) = await ParseFileAsync(RealList);
        var zidane = entries.Single(e => e.ReferenceNumber == "QDi.001");

        Assert.Equal(("un-sc:113219", "113219"), (zidane.Id, zidane.SourceId));
        Assert.Equal("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE", zidane.Name.Full);
        Assert.Equal([NamePartKinds.First, NamePartKinds.Second, NamePartKinds.Third, NamePartKinds.Fourth], zidane.Name.Parts.Select(p => p.Kind));
        Assert.Equal("ABD EL HALIM", zidane.Name.Parts[2].Value);
        Assert.Equal(["Al-Qaida"], zidane.Programs);
        Assert.Equal("UN List", zidane.ListName);
        Assert.Equal(new PartialDate(2001, 1, 25), zidane.ListedOn);
        Assert.Equal(6, zidane.UpdatedOn.Count);
        Assert.Equal(zidane.UpdatedOn.Order(), zidane.UpdatedOn);

        var arabic = zidane.Aliases.Single(a => a.Type == NameType.OriginalScript);
        Assert.Equal(("محمد صلاح الدين عبدالحليم زيدان", "Arab"), (arabic.Full, arabic.Script));
        var good = zidane.Aliases.Single(a => a.Full == "Sayf-Al Adl");
        Assert.Equal((NameType.Alias, NameStrength.Strong, "Good"), (good.Type, good.Strength, good.Quality));
        Assert.StartsWith("DOB: 11 Apr. 1963", good.Note, StringComparison.Ordinal);
        var low = zidane.Aliases.Single(a => a.Full == "Seif al Adel");
        Assert.Equal((NameStrength.Weak, "Low"), (low.Strength, low.Quality));
        Assert.Equal(3, zidane.Aliases.Count(a => a.Strength == NameStrength.Weak));

        Assert.Equal([new PartialDate(1963, 4, 11), new PartialDate(1960, 4, 11)], zidane.BirthDates.Select(d => d.Date!.Value));
        Assert.Equal([new CountryRef("Egypt", "EG")], zidane.Nationalities);
        Assert.StartsWith("Responsible for Usama bin Laden", zidane.Remarks, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task BirthDateTypesExactBetweenAndApproximatelyAreRead()
    {
        var (entries, _) = await ParseFileAsync(RealList);

        var haqqani = entries.Single(e => e.ReferenceNumber == "TAi.150");
        Assert.Equal(2, haqqani.BirthDates.Count);
        Assert.Equal(("1966-01-01", new PartialDate(1966, 1, 1)), (haqqani.BirthDates[0].Text, haqqani.BirthDates[0].Date!.Value));
        var between = haqqani.BirthDates[1];
        Assert.Equal(("1958 to 1964", new PartialDate(1958), new PartialDate(1964)), (between.Text, between.Date!.Value, between.To!.Value));

        var mujyambere = entries.Single(e => e.ReferenceNumber == "CDi.014").BirthDates;
        Assert.Equal((new PartialDate(1962, 3, 17), false), (mujyambere[0].Date!.Value, mujyambere[0].Circa));
        var approximate = mujyambere[1];
        Assert.Equal(("approximately 1966", new PartialDate(1966), true), (approximate.Text, approximate.Date!.Value, approximate.Circa));

        var yearOnly = Assert.Single(entries.Single(e => e.ReferenceNumber == "CDi.001").BirthDates);
        Assert.Equal((new PartialDate(1971), false), (yearOnly.Date!.Value, yearOnly.Circa));

        // EXACT with only a note: "Nov. 1973".
        var fromNote = Assert.Single(entries.Single(e => e.ReferenceNumber == "CDi.004").BirthDates);
        Assert.Equal(("Nov. 1973", new PartialDate(1973, 11)), (fromNote.Text, fromNote.Date!.Value));

        var months = entries.SelectMany(e => e.BirthDates).Single(d => d.Text == "Between Aug. and Sep. 1977");
        Assert.Equal((new PartialDate(1977, 8), new PartialDate(1977, 9)), (months.Date!.Value, months.To!.Value));
    }

    [SharedDataFact]
    public async Task UmarovHasACyrillicNameAPassportAndAliasBirthDates()
    {
        var (entries, _) = await ParseFileAsync(RealList);
        var umarov = entries.Single(e => e.ReferenceNumber == "QDi.290");

        var cyrillic = umarov.Aliases.Single(a => a.Type == NameType.OriginalScript);
        Assert.Equal(("Умаров Доку Хаматович", "Cyrl"), (cyrillic.Full, cyrillic.Script));
        var passport = Assert.Single(umarov.Identifiers);
        Assert.Equal(("Passport", "96 03 464086", "RU", "2003-06-01"), (passport.Type, passport.Number, passport.CountryCode, passport.IssueDate));
        Assert.Null(passport.Note); // TYPE_OF_DOCUMENT2 only repeats "Passport"
        Assert.Equal([new CountryRef("Russian Federation", "RU"), new CountryRef("former Soviet Union", "SU")], umarov.Nationalities);

        // "Lom-ali Butayev (Butaev)" is listed with DOB 1955: kept on the alias and screened as a birth date.
        Assert.Equal("date of birth 1955", umarov.Aliases.Single(a => a.Full == "Lom-ali Butayev (Butaev)").Note);
        Assert.Equal(["1964-04-13", "1965-04-13", "1964-05-12", "1955"], umarov.BirthDates.Select(d => d.Text));
    }

    [SharedDataFact]
    public async Task DocumentsKeepTheirFinerTypeAndPlaceOfIssueInTheNote()
    {
        var (entries, _) = await ParseFileAsync(RealList);

        var service = entries.Single(e => e.ReferenceNumber == "CFi.013").Identifiers.Single(i => i.Number.Contains("SA0020249", StringComparison.Ordinal));
        Assert.Equal(("Passport", "2019-01-22", "Service passport; expires on 21 January 2022"), (service.Type, service.IssueDate, service.Note));

        // A document the UN describes only in words is kept under its type.
        var described = entries.Single(e => e.ReferenceNumber == "QDi.057").Attributes.Single(a => a.Key == "Passport");
        Assert.StartsWith("Libyan passport number 347834", described.Value, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task EntitiesAreOrganizationsWithFormerNamesAndAddresses()
    {
        var (entries, _) = await ParseFileAsync(RealList);

        Assert.All(entries.Where(e => e.ReferenceNumber!.Contains("e.", StringComparison.Ordinal)), e =>
        {
            Assert.Equal(EntityKind.Organization, e.Kind);
            Assert.Empty(e.Name.Parts);
        });
        var adf = entries.Single(e => e.ReferenceNumber == "CDe.001");
        Assert.Equal(["Allied Democratic Forces", "Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda", "ADF/NALU", "NALU"],
            adf.Aliases.Select(a => a.Full));
        Assert.Equal([NameType.Alias, NameType.FormerName, NameType.FormerName, NameType.FormerName], adf.Aliases.Select(a => a.Type));
        Assert.Equal("f.k.a.", adf.Aliases[1].Quality);
        Assert.Contains(entries.Single(e => e.ReferenceNumber == "QDe.168").Aliases, a => a.Script == "Cyrl");
        Assert.True(entries.Where(e => e.Kind == EntityKind.Organization).Sum(e => e.Addresses.Count) > 300);
    }

    [SharedDataFact]
    public async Task SampleHasSevenIndividuals()
    {
        var sample = SharedData.Path("lists", "samples", "un-sample.xml");
        var (entries, context) = await ParseAsync(new UnConsolidatedXmlParser("un-sample.xml"), new ListFileSet([sample]));

        Assert.Equal(7, entries.Count);
        Assert.All(entries, e => Assert.Equal(EntityKind.Person, e.Kind));
        Assert.Equal(new DateTime(2024, 10, 17), context.PublishedAt!.Value.UtcDateTime.Date);

        var jalahmah = entries.Single(e => e.ReferenceNumber == "QDi.237");
        Assert.Equal("JABER ABDALLAH JABER AHMAD AL-JALAHMAH", jalahmah.Name.Full);
        Assert.Equal(["101423404", "2541451", "002327881", "259092401188"], jalahmah.Identifiers.Select(i => i.Number));
        Assert.Equal("valid until 16 Feb. 2017", jalahmah.Identifiers[1].Note);
        Assert.Equal("National Identification Number", jalahmah.Identifiers[3].Type);
        Assert.Equal(2, jalahmah.Aliases.Count(a => a.Strength == NameStrength.Weak));
        Assert.Empty(jalahmah.UpdatedOn); // <LAST_DAY_UPDATED><VALUE/></LAST_DAY_UPDATED>
        var place = Assert.Single(jalahmah.BirthPlaces);
        Assert.Equal(("Al-Khitan area, Kuwait", "Al-Khitan area", "KW"), (place.Text, place.Region, place.CountryCode));
        var address = Assert.Single(jalahmah.Addresses);
        Assert.Equal(("KW", "residence as at March 2009 and at December 2013"), (address.CountryCode, address.Note));

        var barich = entries.Single(e => e.ReferenceNumber == "TAi.013");
        Assert.Equal(["Mullah", "Deputy Minister of Civil Aviation under the Taliban regime"], barich.Positions);
        Assert.Equal("male", barich.Gender);
        Assert.Equal(7, barich.UpdatedOn.Count);
    }

    [Fact]
    public async Task InventedRecordMapsEveryField()
    {
        var xml = Document("""
            <INDIVIDUALS>
              <INDIVIDUAL>
                <DATAID>1000001</DATAID><VERSIONNUM>2</VERSIONNUM>
                <FIRST_NAME>Ivan</FIRST_NAME><SECOND_NAME>Petrovich</SECOND_NAME><THIRD_NAME>EXAMPLOV</THIRD_NAME>
                <UN_LIST_TYPE>Example</UN_LIST_TYPE><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>
                <LISTED_ON>2015-04-07-04:00</LISTED_ON><GENDER>Male</GENDER>
                <NAME_ORIGINAL_SCRIPT>Иван Петрович Экземплов</NAME_ORIGINAL_SCRIPT>
                <COMMENTS1>First line.
            Second line.</COMMENTS1>
                <TITLE><VALUE>Dr.</VALUE></TITLE>
                <DESIGNATION><VALUE>Director</VALUE><VALUE>Chairman</VALUE></DESIGNATION>
                <NATIONALITY><VALUE>Russian Federation</VALUE></NATIONALITY>
                <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
                <LAST_DAY_UPDATED><VALUE>2020-05-01</VALUE><VALUE>2018-01-02</VALUE></LAST_DAY_UPDATED>
                <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Vanya</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Ivan Oldname</ALIAS_NAME><NOTE>until 2010</NOTE></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ADDRESS><STREET>1 Example St</STREET><CITY>Moscow</CITY><STATE_PROVINCE>Moscow Oblast</STATE_PROVINCE>
                  <ZIP_CODE>101000</ZIP_CODE><COUNTRY>Russian Federation</COUNTRY><NOTE>as of 2020</NOTE></INDIVIDUAL_ADDRESS>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1962</TO_YEAR><NOTE>Approximately</NOTE></INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1958</YEAR><NOTE>Sep.</NOTE></INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE/></INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Tula</CITY><COUNTRY>Russian Federation</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><TYPE_OF_DOCUMENT2>Diplomatic passport</TYPE_OF_DOCUMENT2>
                  <NUMBER>70 1234567</NUMBER><COUNTRY_OF_ISSUE>Russian Federation</COUNTRY_OF_ISSUE><CITY_OF_ISSUE>Moscow</CITY_OF_ISSUE>
                  <DATE_OF_ISSUE>2010-03-04</DATE_OF_ISSUE><NOTE>expired</NOTE></INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT/>
                <SORT_KEY/><SORT_KEY_LAST_MOD/>
                <HAIR_COLOUR>Dark</HAIR_COLOUR>
              </INDIVIDUAL>
            </INDIVIDUALS>
            <ENTITIES>
              <ENTITY><DATAID>1000002</DATAID><FIRST_NAME>EXAMPLE TRADING CO.</FIRST_NAME><REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER>
                <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>ETC</ALIAS_NAME></ENTITY_ALIAS>
                <ENTITY_ADDRESS><CITY>Pyongyang</CITY><COUNTRY>Democratic People's Republic of Korea</COUNTRY></ENTITY_ADDRESS>
              </ENTITY>
            </ENTITIES>
            """);

        var (entries, context) = await ParseInlineAsync(xml);

        Assert.Empty(context.Issues);
        Assert.Equal(2, entries.Count);
        var person = entries[0];
        Assert.Equal(("un-sc:1000001", "XXi.001", EntityKind.Person), (person.Id, person.ReferenceNumber, person.Kind));
        Assert.Equal("Ivan Petrovich EXAMPLOV", person.Name.Full);
        Assert.Equal(new PartialDate(2015, 4, 7), person.ListedOn);
        Assert.Equal([new PartialDate(2018, 1, 2), new PartialDate(2020, 5, 1)], person.UpdatedOn);
        Assert.Equal("First line.\nSecond line.", person.Remarks);
        Assert.Equal(["Dr.", "Director", "Chairman"], person.Positions);
        Assert.Equal(("male", "UN List", "RU"), (person.Gender, person.ListName, person.Nationalities[0].Code));

        Assert.Equal([NameType.OriginalScript, NameType.Alias, NameType.FormerName], person.Aliases.Select(a => a.Type));
        Assert.Equal("Cyrl", person.Aliases[0].Script);
        Assert.Equal((NameStrength.Weak, "Low"), (person.Aliases[1].Strength, person.Aliases[1].Quality));
        Assert.Equal("until 2010", person.Aliases[2].Note);

        var address = Assert.Single(person.Addresses);
        Assert.Equal(("1 Example St", "Moscow", "Moscow Oblast", "101000", "RU", "as of 2020"),
            (address.Street, address.City, address.Region, address.PostalCode, address.CountryCode, address.Note));

        Assert.Equal(2, person.BirthDates.Count);
        Assert.Equal(("1960 to 1962 (Approximately)", true), (person.BirthDates[0].Text, person.BirthDates[0].Circa));
        Assert.Equal(new PartialDate(1958, 9), person.BirthDates[1].Date);
        Assert.Equal(("Tula, Russian Federation", "Tula", "RU"), (person.BirthPlaces[0].Text, person.BirthPlaces[0].City, person.BirthPlaces[0].CountryCode));

        var passport = Assert.Single(person.Identifiers);
        Assert.Equal(("Passport", "70 1234567", "RU", "2010-03-04"), (passport.Type, passport.Number, passport.CountryCode, passport.IssueDate));
        Assert.Equal("Diplomatic passport; issued in Moscow; expired", passport.Note);

        Assert.Equal([new EntryAttribute("VERSIONNUM", "2"), new EntryAttribute("HAIR_COLOUR", "Dark")], person.Attributes);

        var entity = entries[1];
        Assert.Equal((EntityKind.Organization, "EXAMPLE TRADING CO."), (entity.Kind, entity.Name.Full));
        Assert.Empty(entity.Name.Parts);
        Assert.Equal("ETC", Assert.Single(entity.Aliases).Full);
        Assert.Equal("KP", Assert.Single(entity.Addresses).CountryCode);
    }

    [Fact]
    public async Task RecordWithoutDataIdIsSkippedAndReported()
    {
        var xml = Document("""
            <INDIVIDUALS>
              <INDIVIDUAL><FIRST_NAME>NO ID</FIRST_NAME></INDIVIDUAL>
              <INDIVIDUAL><DATAID>1000003</DATAID><FIRST_NAME>HAS ID</FIRST_NAME></INDIVIDUAL>
            </INDIVIDUALS>
            """);

        var (entries, context) = await ParseInlineAsync(xml);

        Assert.Equal("HAS ID", Assert.Single(entries).Name.Full);
        var issue = Assert.Single(context.Issues);
        Assert.Equal((4L, "INDIVIDUAL"), (issue.Line!.Value, issue.Element));
    }

    [Fact]
    public async Task DtdWithExternalEntityIsRefused()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&secret;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
            """;

        var e = await Assert.ThrowsAsync<ListFormatException>(() => ParseInlineAsync(xml));
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
        Assert.Equal("consolidated.xml", e.File);
    }

    [Fact]
    public async Task TruncatedXmlFailsNamingTheLine()
    {
        var xml = Document("""
            <INDIVIDUALS>
              <INDIVIDUAL><DATAID>1000004</DATAID><FIRST_NAME>COMPLETE</FIRST_NAME></INDIVIDUAL>
              <INDIVIDUAL><DATAID>1000005</DATAID>
                <FIRST_NAME>CUT OFF
            """);
        xml = xml[..xml.LastIndexOf("CUT OFF", StringComparison.Ordinal)];

        var e = await Assert.ThrowsAsync<ListFormatException>(() => ParseInlineAsync(xml));
        Assert.Equal(6, e.Line); // the last line, where the file ends inside <FIRST_NAME>
        Assert.StartsWith("consolidated.xml:6: malformed XML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRootElementSaysWhatWasExpected()
    {
        const string xml = """<sdnList xmlns="http://tempuri.org/sdnList.xsd"><sdnEntry><uid>1</uid></sdnEntry></sdnList>""";

        var e = await Assert.ThrowsAsync<ListFormatException>(() => ParseInlineAsync(xml));
        Assert.Contains("expected root element <CONSOLIDATED_LIST>", e.Message, StringComparison.Ordinal);
        Assert.Contains("found <sdnList>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyFileIsAFormatError()
    {
        await Assert.ThrowsAsync<ListFormatException>(() => ParseInlineAsync(""));
    }

    [Fact]
    public void ParserDeclaresItsFormatAndSource()
    {
        var parser = new UnConsolidatedXmlParser();

        Assert.Equal(("un-xml", ListSources.UnSecurityCouncil), (parser.Format, parser.Source));
    }

    private static string Document(string body) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" dateGenerated="2026-01-02T03:04:05.000Z">
        {body}
        </CONSOLIDATED_LIST>
        """;

    private static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseInlineAsync(string xml)
    {
        using var dir = new TempDirectory();
        return await ParseFileAsync(dir.Write(UnConsolidatedXmlParser.DefaultFileName, xml));
    }

    private static Task<(List<ListEntry> Entries, ParseContext Context)> ParseFileAsync(string path) =>
        ParseAsync(new UnConsolidatedXmlParser(), new ListFileSet([path]));

    private static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(UnConsolidatedXmlParser parser, ListFileSet files)
    {
        var context = new ParseContext();
        var entries = new List<ListEntry>();
        await foreach (var entry in parser.ParseAsync(files, context, CancellationToken.None)) entries.Add(entry);
        return (entries, context);
    }
}
