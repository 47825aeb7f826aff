using System.Text.Json;
using Embargo.Testing;

namespace Embargo.Cli.Tests;

public sealed class ListsCommandsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task FreshDataDirectoryRunsOnTheDemoListAndSaysSo()
    {
        var run = await CliRun.ExecAsync(_data.Path, "lists", "status");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("demo", run.Out, StringComparison.Ordinal);
        Assert.Contains("built-in demo list", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoEntityShowsAsDemoData()
    {
        var status = await CliRun.ExecAsync(_data.Path, "lists", "status", "--json");
        using var statusJson = JsonDocument.Parse(status.Out);
        Assert.True(statusJson.RootElement.GetProperty("demo_only").GetBoolean());

        var run = await CliRun.ExecAsync(_data.Path, "lists", "show", "demo:shugayev-dmitry", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("demo_data").GetBoolean());
        Assert.Contains("SHUGAYEV", json.RootElement.GetProperty("entity").GetProperty("name").GetProperty("full").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [SharedDataFact]
    public async Task ImportedSdnListReplacesTheDemoListAndShowsEverythingAboutShugayev()
    {
        var import = await CliRun.ExecAsync(_data.Path, "lists", "import", SharedData.Path("lists", "ofac-sdn-2024-05"));
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("us-ofac-sdn: imported", import.Out, StringComparison.Ordinal);
        Assert.Contains("14,965 entities", import.Out, StringComparison.Ordinal);

        var status = await CliRun.ExecAsync(_data.Path, "lists", "status", "--json");
        using (var statusJson = JsonDocument.Parse(status.Out))
        {
            Assert.False(statusJson.RootElement.GetProperty("demo_only").GetBoolean());
            var active = statusJson.RootElement.GetProperty("active");
            Assert.Equal("us-ofac-sdn", Assert.Single(active.EnumerateArray()).GetProperty("source").GetString());
        }

        var show = await CliRun.ExecAsync(_data.Path, "lists", "show", "us-ofac-sdn:35746", "--json");
        Assert.Equal(0, show.ExitCode);
        using var json = JsonDocument.Parse(show.Out);
        var entity = json.RootElement.GetProperty("entity");
        Assert.Equal("SHUGAYEV, Dmitry", entity.GetProperty("name").GetProperty("full").GetString());
        Assert.Equal("person", entity.GetProperty("kind").GetString());
        Assert.Contains(entity.GetProperty("aliases").EnumerateArray(), a => a.GetProperty("full").GetString() == "SHUGAEV, Dmitry Evgenyevich");
        Assert.Contains(entity.GetProperty("birth_dates").EnumerateArray(), d => d.GetProperty("date").GetString() == "1965-08-11");
        Assert.Contains(entity.GetProperty("nationalities").EnumerateArray(), n => n.GetProperty("code").GetString() == "RU");
        Assert.Contains(entity.GetProperty("addresses").EnumerateArray(), a => a.GetProperty("city").GetString() == "Moscow");
        Assert.Equal(["RUSSIA-EO14024"], entity.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("male", entity.GetProperty("gender").GetString());
        Assert.False(json.RootElement.GetProperty("demo_data").GetBoolean());

        var text = await CliRun.ExecAsync(_data.Path, "lists", "show", "us-ofac-sdn:35746");
        Assert.Contains("SHUGAEV, Dmitry Evgenyevich", text.Out, StringComparison.Ordinal);
        Assert.Contains("11 Aug 1965", text.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ReimportingIdenticalContentChangesNothing()
    {
        var path = SharedData.Path("lists", "ofac-cons-2025-12");
        Assert.Equal(0, (await CliRun.ExecAsync(_data.Path, "lists", "import", path)).ExitCode);

        var again = await CliRun.ExecAsync(_data.Path, "lists", "import", path);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Out, StringComparison.Ordinal);
        var history = await CliRun.ExecAsync(_data.Path, "lists", "history", "us-ofac-cons", "--json");
        using var json = JsonDocument.Parse(history.Out);
        Assert.Equal(1, json.RootElement.GetArrayLength());
    }

    [SharedDataFact]
    public async Task DiffOfTwoSdnPublicationsMatchesTheirEntityNumbers()
    {
        var older = SharedData.Path("lists", "ofac-sdn-history", "sdn_2021-08-18.csv");
        var newer = SharedData.Path("lists", "ofac-sdn-history", "sdn_2022-03-18.csv");
        Assert.Equal(0, (await CliRun.ExecAsync(_data.Path, "lists", "import", older)).ExitCode);
        Assert.Equal(0, (await CliRun.ExecAsync(_data.Path, "lists", "import", newer)).ExitCode);

        var run = await CliRun.ExecAsync(_data.Path, "lists", "diff", "--source", "us-ofac-sdn", "--json");

        Assert.Equal(1, run.ExitCode); // like diff(1): changes found
        using var json = JsonDocument.Parse(run.Out);
        var diff = Assert.Single(json.RootElement.EnumerateArray());
        var before = EntityNumbers(older);
        var after = EntityNumbers(newer);
        Assert.Equal(after.Except(before).Count(), diff.GetProperty("added").GetInt32());
        Assert.Equal(before.Except(after).Count(), diff.GetProperty("removed").GetInt32());
        Assert.True(diff.GetProperty("changed").GetInt32() > 0);
        var changed = diff.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "changed");
        Assert.NotEmpty(changed.GetProperty("fields").EnumerateArray());
    }

    [Fact]
    public async Task MalformedFileIsRefusedNamingTheFileAndTheActiveListStays()
    {
        var bad = _data.Write("incoming/sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n37,\"BROKEN, \"never closed\n");

        var run = await CliRun.ExecAsync(_data.Path, "lists", "import", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sdn.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("unchanged", run.Error, StringComparison.Ordinal);
        var status = await CliRun.ExecAsync(_data.Path, "lists", "status", "--json");
        using var json = JsonDocument.Parse(status.Out);
        Assert.True(json.RootElement.GetProperty("demo_only").GetBoolean());
    }

    [Fact]
    public async Task UnrecognisedFileIsRefusedWithAReason()
    {
        var junk = _data.Write("incoming/notes.txt", "Dear colleague, please screen the attached.\n");

        var run = await CliRun.ExecAsync(_data.Path, "lists", "import", junk);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("notes.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("not a recognised list format", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPathIsAnErrorNotACrash()
    {
        var run = await CliRun.ExecAsync(_data.Path, "lists", "import", Path.Combine(_data.Path, "nope.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOptionExitsWithTwo()
    {
        var run = await CliRun.ExecAsync(_data.Path, "lists", "status", "--frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--frobnicate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownEntityIsReportedAsAnError()
    {
        var run = await CliRun.ExecAsync(_data.Path, "lists", "show", "demo:no-such-entity");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("demo:no-such-entity", run.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task OlderSnapshotCanBePinnedAgain()
    {
        var older = SharedData.Path("lists", "ofac-sdn-history", "sdn_2021-08-18.csv");
        var newer = SharedData.Path("lists", "ofac-sdn-history", "sdn_2022-03-18.csv");
        await CliRun.ExecAsync(_data.Path, "lists", "import", older);
        await CliRun.ExecAsync(_data.Path, "lists", "import", newer);

        var history = await CliRun.ExecAsync(_data.Path, "lists", "history", "us-ofac-sdn", "--json");
        using var historyJson = JsonDocument.Parse(history.Out);
        var oldest = historyJson.RootElement[1].GetProperty("version").GetString()!;

        var run = await CliRun.ExecAsync(_data.Path, "lists", "activate", "us-ofac-sdn", oldest);

        Assert.True(run.ExitCode == 0, run.ToString());
        var status = await CliRun.ExecAsync(_data.Path, "lists", "status", "--json");
        using var json = JsonDocument.Parse(status.Out);
        Assert.Equal(oldest, json.RootElement.GetProperty("active")[0].GetProperty("version").GetString());
    }

    [Fact]
    public async Task JsonListCannotStandInForAnOfficialList()
    {
        var forged = _data.Write("incoming/forged.json", """
            {"format": "embargo-list/1", "source": "us-ofac-sdn", "entries": [
              {"source_id": "35746", "kind": "person", "name": {"full": "NOBODY"}, "programs": ["X"]}]}
            """);

        var run = await CliRun.ExecAsync(_data.Path, "lists", "import", forged);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot fill the official source us-ofac-sdn", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersOwnJsonListImportsUnderItsOwnSource()
    {
        var own = _data.Write("incoming/acme.json", """
            {"format": "embargo-list/1", "source": "acme-internal", "entries": [
              {"source_id": "c-1", "kind": "organization", "name": {"full": "EXAMPLE BLOCKED TRADING LLC"}, "programs": ["INTERNAL"]}]}
            """);

        var run = await CliRun.ExecAsync(_data.Path, "lists", "import", own);

        Assert.True(run.ExitCode == 0, run.ToString());
        var show = await CliRun.ExecAsync(_data.Path, "lists", "show", "acme-internal:c-1");
        Assert.Contains("EXAMPLE BLOCKED TRADING LLC", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfacCsvUnderAnUnofficialNameNeedsItsSource()
    {
        var row = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
        var renamed = _data.Write("incoming/download.csv", row);

        var refused = await CliRun.ExecAsync(_data.Path, "lists", "import", renamed);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--source us-ofac-sdn or --source us-ofac-cons", refused.Error, StringComparison.Ordinal);

        var told = await CliRun.ExecAsync(_data.Path, "lists", "import", renamed, "--source", "us-ofac-cons");
        Assert.True(told.ExitCode == 0, told.ToString());
        Assert.Contains("us-ofac-cons: imported", told.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task RenamedConsolidatedFileIsRecognisedByItsName()
    {
        var copy = Path.Combine(_data.Path, "incoming", "CONS_PRIM (1).CSV");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(SharedData.Path("lists", "ofac-cons-2025-12", "cons_prim.csv"), copy);

        var run = await CliRun.ExecAsync(_data.Path, "lists", "import", copy);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("us-ofac-cons: imported", run.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task SameBytesUnderAnotherNameAreTheSameContent()
    {
        var copy = Path.Combine(_data.Path, "incoming", "dpl-copy.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(SharedData.Path("lists", "bis-dpl-2022-09", "dpl.txt"), copy);
        Assert.Equal(0, (await CliRun.ExecAsync(_data.Path, "lists", "import", SharedData.Path("lists", "bis-dpl-2022-09", "dpl.txt"))).ExitCode);

        var again = await CliRun.ExecAsync(_data.Path, "lists", "import", copy);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ListThatShrinksByHalfIsRefusedUnlessAllowed()
    {
        Assert.Equal(0, (await CliRun.ExecAsync(_data.Path, "lists", "import", SharedData.Path("lists", "ofac-cons-2025-12"))).ExitCode);
        var small = _data.Write("incoming/cons_prim.csv",
            "1,\"EXAMPLE ONE\",-0- ,\"CAATSA - RUSSIA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n" +
            "2,\"EXAMPLE TWO\",-0- ,\"CAATSA - RUSSIA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");

        var refused = await CliRun.ExecAsync(_data.Path, "lists", "import", small);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("only 2 entries where the active snapshot has 442", refused.Error, StringComparison.Ordinal);
        using (var status = JsonDocument.Parse((await CliRun.ExecAsync(_data.Path, "lists", "status", "--json")).Out))
            Assert.Equal(442, status.RootElement.GetProperty("active")[0].GetProperty("counts").GetProperty("entities").GetInt32());

        var allowed = await CliRun.ExecAsync(_data.Path, "lists", "import", small, "--allow-shrink");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
    }

    [SharedDataFact]
    public async Task AmbiguousVersionPrefixNamesTheCandidates()
    {
        await CliRun.ExecAsync(_data.Path, "lists", "import", SharedData.Path("lists", "ofac-sdn-history", "sdn_2021-08-18.csv"));
        await CliRun.ExecAsync(_data.Path, "lists", "import", SharedData.Path("lists", "ofac-sdn-history", "sdn_2022-03-18.csv"));
        var prefix = DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

        var run = await CliRun.ExecAsync(_data.Path, "lists", "activate", "us-ofac-sdn", prefix);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("matches 2 snapshots", run.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task TruncatedSdnFileWithItsSideFilesIsRefused()
    {
        var folder = Path.Combine(_data.Path, "incoming-truncated");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "add.csv", "alt.csv", "sdn_comments.csv" })
            File.Copy(SharedData.Path("lists", "ofac-sdn-2024-05", name), Path.Combine(folder, name));
        var bytes = File.ReadAllBytes(SharedData.Path("lists", "ofac-sdn-2024-05", "sdn.csv"));
        File.WriteAllBytes(Path.Combine(folder, "sdn.csv"), bytes[..1_500_000]);

        var run = await CliRun.ExecAsync(_data.Path, "lists", "import", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the file looks damaged", run.Error, StringComparison.Ordinal);
        using var status = JsonDocument.Parse((await CliRun.ExecAsync(_data.Path, "lists", "status", "--json")).Out);
        Assert.True(status.RootElement.GetProperty("demo_only").GetBoolean());
    }

    [Fact]
    public async Task MistypedOptionIsNotTakenForAPath()
    {
        var run = await CliRun.ExecAsync(_data.Path, "lists", "import", "--bogus", "x.csv");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--bogus'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataDirectoryThatIsAFileIsRefused()
    {
        var file = _data.Write("not-a-folder", "x");
        var run = await CliRun.ExecAsync(file, "lists", "status");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file", run.Error, StringComparison.Ordinal);
    }

    private static HashSet<string> EntityNumbers(string sdnCsv)
    {
        // Independent of the parser: the entity number is the unquoted first field of each record's first line.
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(sdnCsv, System.Text.Encoding.Latin1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && line.AsSpan(0, comma).IndexOfAnyExceptInRange('0', '9') < 0) numbers.Add(line[..comma]);
        }
        return numbers;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
