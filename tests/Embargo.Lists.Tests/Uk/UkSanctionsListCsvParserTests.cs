using Embargo.Core.Model;
using Embargo.Lists.Parsing;
using Embargo.Lists.Uk;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Uk;

public sealed class UkSanctionsListCsvParserTests
{
    [Fact]
    public async Task RowsAreGroupedByUniqueIdAndEachFactKeptOnce()
    {
        var (entries, context) = await ParseAsync(UkSanctionsListFixtures.Csv());

        Assert.Empty(context.Issues);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero), context.PublishedAt);
        Assert.Equal(["RUS9901", "RUS9902"], entries.Select(e => e.SourceId));
        Assert.Equal(3, entries[0].Aliases.Count);
        Assert.Equal(2, entries[0].BirthDates.Count);
        Assert.Single(entries[0].Addresses);
        Assert.Single(entries[1].Aliases);
        Assert.Equal(2, entries[1].Addresses.Count);
    }

    [Fact]
    public async Task CsvAndXmlReadTheSameDesignationTheSameWay()
    {
        var (fromCsv, _) = await ParseAsync(UkSanctionsListFixtures.Csv());
        var (fromXml, _) = await UkSanctionsListXmlParserTests.ParseAsync(UkSanctionsListFixtures.Xml);

        Assert.Equal(EntryJson.Serialize(fromXml[0], indented: true), EntryJson.Serialize(fromCsv[0], indented: true));
        Assert.Equal(EntryJson.Serialize(fromXml[1], indented: true), EntryJson.Serialize(fromCsv[1], indented: true));
    }

    [Fact]
    public async Task WrongHeaderFailsNamingTheFile()
    {
        var error = await Assert.ThrowsAsync<ListFormatException>(
            () => ParseAsync("Report Date: 14-Mar-2026\nLast Updated,Group ID,Name 6\n01/01/2026,1,X\n"));

        Assert.Equal((UkSanctionsListCsvParser.DefaultFileName, 2L), (error.File, error.Line));
        Assert.Contains("Unique ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableDesignationDateIsReportedWithItsLine()
    {
        var row = UkSanctionsListFixtures.Row(new Dictionary<string, string>
        {
            ["Unique ID"] = "RUS9905", ["Name 6"] = "INVENTED COMPANY", ["Name type"] = "Primary Name",
            ["Designation Type"] = "Entity", ["Regime Name"] = "Russia", ["Date Designated"] = "2026-02-30",
        });

        var (entries, context) = await ParseAsync($"Report Date: 14-Mar-2026\n{UkSanctionsListFixtures.CsvHeader}\n{row}\n");

        var issue = Assert.Single(context.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("2026-02-30", issue.Message, StringComparison.Ordinal);
        var entry = Assert.Single(entries);
        Assert.Null(entry.ListedOn);
        Assert.Contains(new EntryAttribute("Date Designated", "2026-02-30"), entry.Attributes);
    }

    private static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(string csv)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(UkSanctionsListCsvParser.DefaultFileName, csv);
        var context = new ParseContext();
        var entries = await new UkSanctionsListCsvParser().ParseAsync(new ListFileSet([path]), context, CancellationToken.None).ToListAsync();
        return (entries, context);
    }
}
