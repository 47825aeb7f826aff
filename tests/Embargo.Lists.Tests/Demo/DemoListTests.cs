using System.Text;
using Embargo.Core.Model;
using Embargo.Lists.Demo;
using Embargo.Lists.Parsing;
using Embargo.Testing;
using static Embargo.Lists.Tests.Demo.EmbargoListDocuments;

namespace Embargo.Lists.Tests.Demo;

public sealed class DemoListTests
{
    private static async Task<List<ListEntry>> ParseDemoAsync(ParseContext? context = null)
    {
        await using var stream = DemoList.Open();
        return await ParseStreamAsync(stream, context);
    }

    private static async Task<ListEntry> EntryAsync(string id) =>
        Assert.Single(await ParseDemoAsync(), e => e.Id == id);

    [Fact]
    public async Task DemoListParsesCleanlyWithThirtyFiveToFiftyEntries()
    {
        var context = new ParseContext();

        var entries = await ParseDemoAsync(context);

        Assert.InRange(entries.Count, 35, 50);
        Assert.Equal(0, context.IssueCount);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), context.PublishedAt);
    }

    [Fact]
    public async Task HeaderSaysItIsNotAnOfficialList()
    {
        var parser = DemoList.CreateParser();
        await using var stream = DemoList.Open();
        await foreach (var _ in parser.ParseAsync(stream, new ParseContext())) { }

        Assert.Equal("Embargo demo list (not an official list)", parser.Header?.Title);
        Assert.Contains("NOT for compliance use", parser.Header?.Notes, StringComparison.Ordinal);
        Assert.Equal(ListSources.Demo, parser.Header?.Source);
    }

    [Fact]
    public async Task EveryIdIsADemoIdAndUnique()
    {
        var entries = await ParseDemoAsync();

        Assert.All(entries, e =>
        {
            Assert.StartsWith("demo:", e.Id, StringComparison.Ordinal);
            Assert.Equal(ListSources.Demo, e.Source);
        });
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task EveryEntryHasAProgramAndSaysItIsDemoData()
    {
        var entries = await ParseDemoAsync();

        Assert.All(entries, e =>
        {
            Assert.NotEmpty(e.Programs);
            Assert.StartsWith("Demo data based on public designations", e.Remarks, StringComparison.Ordinal);
            Assert.NotEqual(EntityKind.Unknown, e.Kind);
        });
    }

    [Fact]
    public async Task EveryRelationPointsToAnEntryOfTheList()
    {
        var entries = await ParseDemoAsync();
        var ids = entries.Select(e => e.Id).ToHashSet();

        Assert.All(entries.SelectMany(e => e.Relations), r => Assert.Contains(r.TargetId!, ids));
    }

    [Fact]
    public async Task NonLatinNamesCarryTheirScriptCode()
    {
        var names = (await ParseDemoAsync()).SelectMany(e => e.Aliases.Prepend(e.Name)).ToList();

        Assert.All(names.Where(n => n.Full.Any(c => c is >= '\u0400' and <= '\u04FF')), n => Assert.Equal("Cyrl", n.Script));
        Assert.All(names.Where(n => n.Full.Any(c => c is >= '\u4E00' and <= '\u9FFF')), n => Assert.Equal("Hans", n.Script));
        Assert.Contains(names, n => n.Script == "Cyrl");
        Assert.Contains(names, n => n.Script == "Hans");
    }

    [Fact]
    public async Task ShugayevHasAliasesBirthDateAndProgram()
    {
        var shugayev = await EntryAsync("demo:shugayev-dmitry");

        Assert.Equal(EntityKind.Person, shugayev.Kind);
        Assert.Equal("Dmitry Evgenyevich Shugayev", shugayev.Name.Full);
        Assert.Contains(shugayev.Aliases, a => a.Full == "SHUGAEV, Dmitry Evgenyevich" && a.Type == NameType.Alias);
        Assert.Contains(shugayev.Aliases, a => a.Full == "Шугаев Дмитрий Евгеньевич" && a.Type == NameType.OriginalScript && a.Script == "Cyrl");
        Assert.Equal(new PartialDate(1965, 8, 11), Assert.Single(shugayev.BirthDates).Date);
        Assert.Equal("RU", Assert.Single(shugayev.Nationalities).Code);
        Assert.Contains("RUSSIA-EO14024", shugayev.Programs);
        Assert.Equal("demo:fsvts", Assert.Single(shugayev.Relations).TargetId);
    }

    [Fact]
    public async Task PresidencyOfDefenseIndustriesHasAliasesProgramAndMenuMeasures()
    {
        var ssb = await EntryAsync("demo:presidency-of-defense-industries");

        Assert.Equal(EntityKind.Organization, ssb.Kind);
        Assert.Equal("Presidency of Defense Industries", ssb.Name.Full);
        Assert.Contains(ssb.Aliases, a => a.Full == "SSB" && a.Strength == NameStrength.Weak);
        Assert.Contains(ssb.Aliases, a => a.Full == "Savunma Sanayii Başkanlığı" && a.Language == "tr");
        Assert.Contains(ssb.Aliases, a => a.Full == "Savunma Sanayii Baskanligi");
        Assert.Contains(ssb.Aliases, a => a.Full == "Savunma Sanayii Müsteşarlığı" && a.Type == NameType.FormerName);
        Assert.Equal(["CAATSA - RUSSIA"], ssb.Programs);
        Assert.Equal("NS-MBS", ssb.ListName);
        Assert.Contains(ssb.Measures, m => m.Authority == "CAATSA Section 235" && m.Reference == "235(a)(2)");
        Assert.DoesNotContain(ssb.Measures, m => m.Reference == "235(a)(9)"); // menu-based: not blocked
        Assert.Equal(new PartialDate(2020, 12, 14), ssb.ListedOn);
    }

    [Theory]
    [InlineData("demo:demir-ismail", "İsmail Demir")]
    [InlineData("demo:yigit-faruk", "Faruk Yiğit")]
    [InlineData("demo:gencoglu-serhat", "Serhat Gençoğlu")]
    [InlineData("demo:deniz-mustafa-alper", null)]
    public async Task SsbOfficialsAreLinkedToSsbAndBlocked(string id, string? turkishSpelling)
    {
        var official = await EntryAsync(id);

        Assert.Equal("demo:presidency-of-defense-industries", Assert.Single(official.Relations).TargetId);
        Assert.Contains("CAATSA - RUSSIA", official.Programs);
        Assert.Contains(official.Measures, m => m.Reference == "235(a)(9)");
        Assert.Equal("TR", Assert.Single(official.Nationalities).Code);
        if (turkishSpelling is not null) Assert.Contains(official.Aliases, a => a.Full == turkishSpelling && a.Language == "tr");
    }

    [Fact]
    public async Task LiShangfuIsLinkedToTheEquipmentDevelopmentDepartment()
    {
        var li = await EntryAsync("demo:li-shangfu");

        Assert.Contains(li.Aliases, a => a.Full == "李尚福" && a.Script == "Hans");
        Assert.Equal(new PartialDate(1958, 2), Assert.Single(li.BirthDates).Date);
        Assert.Equal("demo:equipment-development-department", Assert.Single(li.Relations).TargetId);
        var edd = await EntryAsync("demo:equipment-development-department");
        Assert.Contains(edd.Aliases, a => a.Full == "General Armaments Department of the People's Liberation Army" && a.Type == NameType.FormerName);
    }

    [Fact]
    public async Task JsonRoundTripsThroughEntryJson()
    {
        var first = (await ParseDemoAsync()).Select(e => EntryJson.Serialize(e)).ToList();

        var document = $$"""{"format":"embargo-list/1","source":"demo","entries":[{{string.Join(",", first)}}]}""";
        var second = (await ParseStreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(document))))
            .Select(e => EntryJson.Serialize(e)).ToList();

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task ParsesTheSameWhenTheStreamTrickles(int bytesPerRead)
    {
        var expected = (await ParseDemoAsync()).Select(e => EntryJson.Serialize(e));
        await using var resource = DemoList.Open();
        using var copy = new MemoryStream();
        await resource.CopyToAsync(copy);

        var trickled = await ParseStreamAsync(new TrickleStream(copy.ToArray(), bytesPerRead));

        Assert.Equal(expected, trickled.Select(e => EntryJson.Serialize(e)));
    }

    [Fact]
    public async Task ExtractedFileParsesThroughAListFileSet()
    {
        using var directory = new TempDirectory();

        var path = DemoList.ExtractTo(Path.Combine(directory.Path, "lists"));
        var entries = new List<ListEntry>();
        await foreach (var entry in DemoList.CreateParser().ParseAsync(new ListFileSet([path]), new ParseContext(), CancellationToken.None))
            entries.Add(entry);

        Assert.Equal(DemoList.FileName, Path.GetFileName(path));
        Assert.Equal((await ParseDemoAsync()).Count, entries.Count);
    }
}
