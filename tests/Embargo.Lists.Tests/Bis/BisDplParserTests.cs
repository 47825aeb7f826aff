using Embargo.Core.Model;
using Embargo.Lists.Bis;
using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Bis;

public sealed class BisDplParserTests
{
    private const string Header =
        "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t\"Effective_Date\"\t\"Expiration_Date\"\t" +
        "\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t\"FR_Citation\"";

    private static string DplPath => SharedData.Path("lists", "bis-dpl-2022-09", "dpl.txt");

    [SharedDataFact]
    public async Task FileOf581RowsHolds461DeniedParties()
    {
        var (entries, context) = await ParseAsync(DplPath);

        // 581 rows, one per party and address. Rows with the same name and effective date are one party:
        // 459 distinct names, of which I. ASH and HAYDEE HERRERA each carry two orders (2002 and 2003).
        Assert.Equal(461, entries.Count);
        Assert.Equal(461, entries.Select(e => e.Id).Distinct().Count());
        // Every row's address is kept, except two rows that repeat one of the same party's addresses exactly.
        Assert.Equal(579, entries.Sum(e => e.Addresses.Count));
        Assert.All(entries, e => Assert.Matches("^us-bis-dpl:dpl-[0-9a-f]{12}$", e.Id));
        // The one broken date in the file: Last_Update "0222-05-18" on line 35.
        var issue = Assert.Single(context.Issues);
        Assert.Equal(35, issue.Line);
    }

    [SharedDataFact]
    public async Task KindIsInferredConservatively()
    {
        var (entries, _) = await ParseAsync(DplPath);
        var kinds = entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());

        // Legal forms and business words make 104 organisations, personal titles and suffixes 15 people;
        // the other 342 names (most of them people, some bare company names) are left unknown.
        Assert.Equal(104, kinds[EntityKind.Organization]);
        Assert.Equal(15, kinds[EntityKind.Person]);
        Assert.Equal(342, kinds[EntityKind.Unknown]);
        Assert.Equal(EntityKind.Organization, Named(entries, "COTRICOM S.A.").Kind);
        Assert.Equal(EntityKind.Person, Named(entries, "ABEL HERNANDEZ, JR.").Kind);
        Assert.Equal(EntityKind.Unknown, Named(entries, "ALI M HIJAZI").Kind);
    }

    [SharedDataFact]
    public async Task AlNaserAirlinesHasFourAddressesUnderOneOrder()
    {
        var (entries, _) = await ParseAsync(DplPath);
        var airline = Named(entries, "AL NASER AIRLINES");

        Assert.Equal(EntityKind.Organization, airline.Kind);
        Assert.Equal(new PartialDate(2022, 5, 13), airline.ListedOn);
        Assert.Equal([new PartialDate(2022, 5, 18)], airline.UpdatedOn);
        Assert.Equal(["BAGHDAD", "BAGHDAD", "DUBAI", "AMMAN"], airline.Addresses.Select(a => a.City));
        Assert.Equal(["IQ", "IQ", "AE", "JO"], airline.Addresses.Select(a => a.CountryCode));
        Assert.Contains(new EntryAttribute("Expiration_Date", "11/09/2022"), airline.Attributes);
        Assert.Contains(new EntryAttribute("Standard_Order", "Y"), airline.Attributes);
        Assert.Contains(airline.Attributes, a => a.Key == "FR_Citation" && a.Value.StartsWith("80 F.R. 30435", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task TwoOrdersAgainstOneNameAreTwoEntries()
    {
        var (entries, _) = await ParseAsync(DplPath);

        var ash = entries.Where(e => e.Name.Full == "I. ASH").ToList();
        Assert.Equal([new PartialDate(2003, 6, 19), new PartialDate(2002, 3, 4)], ash.Select(e => e.ListedOn!.Value));
        Assert.Equal([1, 2], ash.Select(e => e.Addresses.Count));
    }

    [SharedDataFact]
    public async Task AkaInANameGivesAliases()
    {
        var (entries, _) = await ParseAsync(DplPath);

        var sun = Named(entries, "FUYI SUN A/K/A FRANK SUN");
        Assert.Equal(["FUYI SUN", "FRANK SUN"], sun.Aliases.Select(a => a.Full));
        Assert.Equal(["SIBERIAN AIRLINES", "S7 AIRLINES"], Named(entries, "SIBERIAN AIRLINES D/B/A S7 AIRLINES").Aliases.Select(a => a.Full));
    }

    [SharedDataFact]
    public async Task IdsDoNotChangeWhenRowsAreShuffledOrRemoved()
    {
        var lines = await File.ReadAllLinesAsync(DplPath);
        var rows = lines.Skip(1).ToArray();
        new Random(20220901).Shuffle(rows);
        using var dir = new TempDirectory();
        var shuffled = dir.Write("shuffled/dpl.txt", string.Join("\r\n", [lines[0], .. rows]));
        var firstHalf = dir.Write("half/dpl.txt", string.Join("\r\n", [lines[0], .. rows[..290]]));

        var (original, _) = await ParseAsync(DplPath);
        var (reordered, _) = await ParseAsync(shuffled);
        var (fewer, _) = await ParseAsync(firstHalf);

        var byId = original.ToDictionary(e => e.Id);
        Assert.Equal(byId.Keys.Order(), reordered.Select(e => e.Id).Order());
        Assert.All(reordered, e =>
        {
            Assert.Equal(byId[e.Id].Name.Full, e.Name.Full);
            Assert.Equal(byId[e.Id].Addresses.ToHashSet(), e.Addresses.ToHashSet());
        });
        Assert.All(fewer, e => Assert.Equal(byId[e.Id].Name.Full, e.Name.Full));
    }

    [Fact]
    public async Task WrongHeaderFailsNamingTheFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("dpl.txt", "\"Name\"\t\"Address\"\t\"Date\"\n\"INVENTED PARTY\"\t\"1 TEST ROAD\"\t\"01/01/2020\"\n");

        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseAsync(path));

        Assert.Equal(("dpl.txt", 1L), (error.File, error.Line));
        Assert.Contains("Effective_Date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableEffectiveDateIsReportedWithItsLineAndKept()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("dpl.txt", Header + "\n" +
            "\"INVENTED TRADING LLC\"\t\"1 TEST ROAD\"\t\"TESTVILLE\"\t\"\"\t\"DE\"\t\"00000\"\t\"13/45/2020\"\t\"\"\t\"Y\"\t\"2020-01-02\"\t\"ADDITION\"\t\"00 F.R. 0000\"\n");

        var (entries, context) = await ParseAsync(path);

        var issue = Assert.Single(context.Issues);
        Assert.Equal(2, issue.Line);
        Assert.Contains("13/45/2020", issue.Message, StringComparison.Ordinal);
        var entry = Assert.Single(entries);
        Assert.Null(entry.ListedOn);
        Assert.Contains(new EntryAttribute("Effective_Date", "13/45/2020"), entry.Attributes);
        Assert.Equal(EntityKind.Organization, entry.Kind);
        Assert.Equal("DE", Assert.Single(entry.Addresses).CountryCode);
    }

    private static ListEntry Named(List<ListEntry> entries, string name) => Assert.Single(entries, e => e.Name.Full == name);

    private static async Task<(List<ListEntry> Entries, ParseContext Context)> ParseAsync(string path)
    {
        var context = new ParseContext();
        var entries = await new BisDplParser().ParseAsync(new ListFileSet([path]), context, CancellationToken.None).ToListAsync();
        return (entries, context);
    }
}
