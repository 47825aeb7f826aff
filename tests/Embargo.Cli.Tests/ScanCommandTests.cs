using System.Text;
using System.Text.Json;
using Embargo.Testing;

namespace Embargo.Cli.Tests;

public sealed class ScanCommandTests(ScanListsFixture lists) : IClassFixture<ScanListsFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    // The listed parties each seed article names (read at run time from ../shared/data/seeds).
    public static TheoryData<string, string[]> Seeds => new()
    {
        { "000_71f04dc0ef5d9f08.txt", [] },
        { "001_75fd9eeaaaad87dd.txt", ["us-ofac-sdn:35233"] },
        { "002_6eabe02b36afcf69.txt", ["us-ofac-sdn:35096"] },
        { "003_465eda91d273c7d7.txt", ["us-ofac-sdn:35096", "us-ofac-sdn:35746", "us-ofac-cons:27016", "us-ofac-sdn:6636", "us-ofac-sdn:24309"] },
        { "004_2678fe8018fd7754.txt", [] },
    };

    [SharedDataTheory]
    [MemberData(nameof(Seeds))]
    public async Task SeedArticleAlertsOnExactlyTheListedPartiesItNames(string file, string[] expected)
    {
        var run = await CliRun.ExecAsync(lists.DataDirectory, "scan", SharedData.Path("seeds", file), "--json");

        Assert.True(run.ExitCode == (expected.Length > 0 ? 1 : 0), run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var strong = json.RootElement.GetProperty("strong").EnumerateArray().ToList();
        var found = strong.Select(m => m.GetProperty("entity").GetProperty("id").GetString()).Distinct().Order().ToArray();
        Assert.Equal(expected.Order().ToArray(), found);
        var text = await File.ReadAllTextAsync(SharedData.Path("seeds", file));
        foreach (var mention in strong)
        {
            var start = mention.GetProperty("start").GetInt32();
            var length = mention.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), mention.GetProperty("text").GetString());
        }
    }

    [SharedDataFact]
    public async Task SharedSurnamesAndSubstringsRaiseNoMentionAtAll()
    {
        foreach (var file in new[] { "000_71f04dc0ef5d9f08.txt", "001_75fd9eeaaaad87dd.txt", "003_465eda91d273c7d7.txt" })
        {
            var run = await CliRun.ExecAsync(lists.DataDirectory, "scan", SharedData.Path("seeds", file), "--json");
            using var json = JsonDocument.Parse(run.Out);
            var all = json.RootElement.GetProperty("strong").EnumerateArray().Concat(json.RootElement.GetProperty("needs_context").EnumerateArray());
            var names = all.Select(m => m.GetProperty("entity").GetProperty("name").GetString()!).ToList();
            Assert.DoesNotContain(names, n => n.Contains("ERDOGAN", StringComparison.Ordinal) || n.Contains("SANDOVAL", StringComparison.Ordinal));
        }
    }

    [SharedDataFact]
    public async Task OrdinaryWordVesselIsReportedApartNotAsAnAlert()
    {
        var run = await CliRun.ExecAsync(lists.DataDirectory, "scan", SharedData.Path("seeds", "000_71f04dc0ef5d9f08.txt"), "--json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Empty(json.RootElement.GetProperty("strong").EnumerateArray());
        var patriot = Assert.Single(json.RootElement.GetProperty("needs_context").EnumerateArray(), m => m.GetProperty("text").GetString() == "Patriot");
        Assert.Equal("vessel", patriot.GetProperty("entity").GetProperty("kind").GetString());
        Assert.NotEmpty(patriot.GetProperty("reasons").EnumerateArray());
    }

    [SharedDataFact]
    public async Task MentionJsonCarriesTheDocumentedFields()
    {
        const string text = "Wire to ROSOBORONEXPORT OAO, attn. Dmitry Shugaev.";
        var file = _temp.Write("note.txt", text);

        var run = await CliRun.ExecAsync(lists.DataDirectory, "scan", file, "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("utf16", json.RootElement.GetProperty("offsets").GetString());
        var mention = json.RootElement.GetProperty("strong").EnumerateArray()
            .Single(m => m.GetProperty("entity").GetProperty("id").GetString() == "us-ofac-sdn:35746");
        Assert.Equal("Dmitry Shugaev", mention.GetProperty("text").GetString());
        Assert.Equal(text.IndexOf("Dmitry", StringComparison.Ordinal), mention.GetProperty("start").GetInt32());
        Assert.Equal(14, mention.GetProperty("length").GetInt32());
        Assert.Contains("Dmitry Shugaev", mention.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("person", mention.GetProperty("entity").GetProperty("kind").GetString());
        Assert.Equal("RUSSIA-EO14024", mention.GetProperty("entity").GetProperty("programs")[0].GetString());
        Assert.True(mention.GetProperty("score").GetDouble() >= 0.9);
        Assert.Equal("strong", mention.GetProperty("strength").GetString());
        Assert.NotEmpty(mention.GetProperty("explanation").GetProperty("alignment").EnumerateArray());
        Assert.Contains(json.RootElement.GetProperty("strong").EnumerateArray(), m => m.GetProperty("text").GetString() == "ROSOBORONEXPORT OAO");
    }

    [Fact]
    public async Task ScanOnTheDemoListFindsShugayevInText()
    {
        var file = _temp.Write("article.txt", "Russia began deliveries, said Dmitry Shugayev, head of the agency.");

        var run = await CliRun.ExecAsync(_temp.Path, "scan", file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Dmitry Shugayev", run.Out, StringComparison.Ordinal);
        Assert.Contains("demo", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Windows1252TextIsDecoded()
    {
        var file = Path.Combine(_temp.Path, "legacy.txt");
        await File.WriteAllBytesAsync(file, Encoding.Latin1.GetBytes("Caf\u00e9 owner paid Dmitry Shugayev."));

        var run = await CliRun.ExecAsync(_temp.Path, "scan", file, "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Café", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryInputIsRefusedWithExitTwo()
    {
        var file = Path.Combine(_temp.Path, "image.bin");
        await File.WriteAllBytesAsync(file, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);

        var run = await CliRun.ExecAsync(_temp.Path, "scan", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("binary", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFileIsAnErrorNamingIt()
    {
        var run = await CliRun.ExecAsync(_temp.Path, "scan", Path.Combine(_temp.Path, "nope.txt"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.txt", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
