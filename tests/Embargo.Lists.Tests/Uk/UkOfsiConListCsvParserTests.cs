using Embargo.Core.Model;
using Embargo.Lists.Parsing;
using Embargo.Lists.Uk;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Uk;

public sealed class UkOfsiConListCsvParserTests
{
    private const string Header =
        "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,Non-Latin Script Type,Non-Latin Script Language," +
        "DOB,Town of Birth,Country of Birth,Nationality,Passport Number,Passport Details,National Identification Number," +
        "NI Details,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country," +
        "Other Information,Group Type,Alias Type,Alias Quality,Regime,Listed On,UK Sanctions List Date Designated," +
        "Last Updated,Group ID";

    private static string SamplePath => SharedData.Path("lists", "samples", "uk-ofsi-conlist-sample.csv");

    [SharedDataFact]
    public async Task SampleGroupsTwentyThreeRowsIntoSixTargets()
    {
        var (entries, context) = await ParseAsync(SamplePath);

        // 23 rows, one per name and date of birth, for 6 Group IDs.
        Assert.Equal(["9053", "13063", "13754", "11039", "13017", "9215"], entries.Select(e => e.SourceId));
        Assert.All(entries, e => Assert.Equal(EntityKind.Person, e.Kind));
        Assert.Empty(context.Issues);
        Assert.Equal(new DateTimeOffset(2020, 4, 27, 0, 0, 0, TimeSpan.Zero), context.PublishedAt);
    }

    [SharedDataFact]
    public async Task SoSangKukHasPrimeAliasAndSevenBirthYears()
    {
        var entry = await EntryAsync("11039");

        Assert.Equal("uk-fcdo:11039", entry.Id);
        Assert.Equal("Sang-kuk SO", entry.Name.Full);
        Assert.Equal([new NamePart("name1", "Sang-kuk"), new NamePart("name6", "SO")], entry.Name.Parts);
        var alias = Assert.Single(entry.Aliases);
        Assert.Equal(("Sang Kuk SO", NameType.Alias), (alias.Full, alias.Type));
        Assert.Equal([1936, 1937, 1938, 1932, 1933, 1934, 1935], entry.BirthDates.Select(b => b.Date!.Value.Year));
        Assert.All(entry.BirthDates, b => Assert.Null(b.Date!.Value.Month));
        Assert.Equal("00/00/1936", entry.BirthDates[0].Text);
        Assert.Equal(["North Korea (Democratic People's Republic of Korea)"], entry.Programs);
        Assert.Equal(["Head of the Department of Nuclear Physics, Kim Il Sung University"], entry.Positions);
        Assert.Equal("Annex XV. EU listing. Not UN.", entry.Remarks);
        Assert.Equal(new PartialDate(2009, 12, 30), entry.ListedOn);
        Assert.Equal([new PartialDate(2017, 9, 15)], entry.UpdatedOn);
    }

    [SharedDataFact]
    public async Task HubarievaKeepsHerPartialBirthDates()
    {
        var entry = await EntryAsync("13063");

        // Only AKA rows: the first name stands as the primary one.
        Assert.Equal("Kateryna Yuriyivna HUBARIEVA", entry.Name.Full);
        Assert.Empty(entry.Aliases);
        Assert.Equal(
            [("05/07/1983", new PartialDate(1983, 7, 5)), ("10/00/1983", new PartialDate(1983)), ("00/04/1984", new PartialDate(1984, 4))],
            entry.BirthDates.Select(b => (b.Text, b.Date!.Value)));
        var place = Assert.Single(entry.BirthPlaces);
        Assert.Equal(("Kakhovka, Kherson Oblast", "UA"), (place.City, place.CountryCode));
    }

    [SharedDataFact]
    public async Task SaeedHasArabicNameAddressAndNationalId()
    {
        var entry = await EntryAsync("9215");

        Assert.Equal("Hafez Mohammad SAEED", entry.Name.Full);
        var arabic = Assert.Single(entry.Aliases);
        Assert.Equal(("سعید حافظ محمد", NameType.OriginalScript, "Arab", "Arabic"), (arabic.Full, arabic.Type, arabic.Script, arabic.Language));
        Assert.Equal([new CountryRef("Pakistani", "PK")], entry.Nationalities);
        Assert.Equal([new IdentityDocument { Type = "National Identification Number", Number = "3520025509842-7 (Pakistani)" }], entry.Identifiers);
        var address = Assert.Single(entry.Addresses);
        Assert.Equal("House No 116E, Mohalla Johar, Lahore, Tehsil, Lahore City, Lahore District", address.Street);
        Assert.Equal(("123321", "Pakistan (location as at May 2008)", "PK"), (address.PostalCode, address.Country, address.CountryCode));
        Assert.StartsWith("(UK Sanctions List Ref):AQD0183", entry.Remarks, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task HojatiPersianNameIsInArabicScript()
    {
        var entry = await EntryAsync("9053");

        var persian = Assert.Single(entry.Aliases);
        Assert.Equal(("Arab", "Persian"), (persian.Script, persian.Language));
        Assert.Equal(new DateOfBirth { Text = "28/09/1955", Date = new PartialDate(1955, 9, 28) }, Assert.Single(entry.BirthDates));
    }

    [Fact]
    public async Task RowsOfOneGroupNeedNotBeAdjacent()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ConList.csv", $"""
            Last Updated,01/02/2021
            {Header}
            EXAMPLOV,Ivan,,,,,Dr,,,,00/00/1960,,,,,,,,,,,,,,,,,,Individual,Primary Name,Good quality,Russia,01/01/2021,,01/02/2021,90001
            TEST SHIPPING LTD,,,,,,,,,,,,,,,,,,,,,,,,,,,,Entity,Primary Name,,Russia,01/01/2021,,01/02/2021,90002
            EXAMPLOFF,Ivan,,,,,,,,,,,,,,,,,,,,,,,,,,,Individual,AKA,Low quality,Russia,01/01/2021,,01/02/2021,90001
            """);

        var (entries, context) = await ParseAsync(path);

        Assert.Empty(context.Issues);
        Assert.Equal(["90001", "90002"], entries.Select(e => e.SourceId));
        var person = entries[0];
        Assert.Equal("Ivan EXAMPLOV", person.Name.Full);
        Assert.Contains(new NamePart(NamePartKinds.Title, "Dr"), person.Name.Parts);
        Assert.Equal(("Ivan EXAMPLOFF", NameStrength.Weak, "Low quality"), (person.Aliases[0].Full, person.Aliases[0].Strength, person.Aliases[0].Quality));
        Assert.Equal(EntityKind.Organization, entries[1].Kind);
    }

    [Fact]
    public async Task WrongHeaderFailsNamingTheFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ConList.csv", "Last Updated,01/02/2021\nName,Surname,ID\nA,B,1\n");

        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseAsync(path));

        Assert.Equal(("ConList.csv", 2L), (error.File, error.Line));
        Assert.Contains("Group ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableBirthDateIsReportedWithItsLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ConList.csv", $"""
            Last Updated,01/02/2021
            {Header}
            EXAMPLOV,Ivan,,,,,,,,,31/02/1960,,,,,,,,,,,,,,,,,,Individual,Primary Name,,Russia,01/01/2021,,01/02/2021,90001
            """);

        var (entries, context) = await ParseAsync(path);

        var issue = Assert.Single(context.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("31/02/1960", issue.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOfBirth { Text = "31/02/1960" }, Assert.Single(Assert.Single(entries).BirthDates));
    }

    private static async Task<ListEntry> EntryAsync(string groupId)
    {
        var (entries, _) = await ParseAsync(SamplePath);
        return Assert.Single(entries, e => e.SourceId == groupId);
    }

    private static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(string path)
    {
        var context = new ParseContext();
        var parser = new UkOfsiConListCsvParser(Path.GetFileName(path));
        var entries = await parser.ParseAsync(new ListFileSet([path]), context, CancellationToken.None).ToListAsync();
        return (entries, context);
    }
}
