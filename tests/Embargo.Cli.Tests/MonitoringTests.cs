using System.Text;
using System.Text.Json;
using Embargo.Testing;

namespace Embargo.Cli.Tests;

/// <summary>
/// Ongoing monitoring: a newer list is imported and only what it changed is screened — new designations, new names and
/// changed details raise new alerts saying so, delisted entities close their alerts, allow-listed false positives re-alert
/// when the entity changed. Lists here are the client's own (Embargo JSON, invented people) and the real OFAC files.
/// </summary>
public sealed class MonitoringTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private Task<CliRun> As(string user, params string[] args) => CliRun.ExecAsync(_data.Path, ["--as", user, .. args]);

    private async Task TeamAsync()
    {
        await As("root", "users", "add", "admin", "--roles", "admin");
        await As("admin", "users", "add", "rita", "--roles", "review");
        await As("admin", "users", "add", "abe", "--roles", "approve");
    }

    // An internal list of invented people in Embargo's own format; each version is a new file.
    private string InternalList(int version, params string[] entries) => _data.Write($"acme-internal-v{version}.json", $$"""
        {
          "format": "embargo-list/1",
          "source": "acme-internal",
          "title": "ACME internal watch list (invented)",
          "published_at": "2026-11-{{10 + version:D2}}",
          "entries": [{{string.Join(",\n", entries)}}]
        }
        """);

    private static string Person(string id, string name, string? alias = null, string? born = null) => $$"""
        {
          "source_id": "{{id}}", "kind": "person", "name": { "full": "{{name}}" }{{(alias is null ? "" : $$""", "aliases": [{ "full": "{{alias}}", "type": "alias" }]""")}}{{(born is null ? "" : $$""", "birth_dates": [{ "text": "{{born}}", "date": "{{born}}" }]""")}}
        }
        """;

    private async Task<JsonElement> MonitorAsync()
    {
        var run = await As("rita", "alerts", "monitor", "--json");
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    private async Task ImportAsync(string path)
    {
        var run = await As("admin", "lists", "import", path);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task ANewNameOnTheListRaisesANewAliasAlertAndNothingElseIsRaisedAgain()
    {
        await TeamAsync();
        await ImportAsync(InternalList(1, Person("1", "Borislav Kuznetsovich Tarkhanov"), Person("2", "Zoltan Invented Mereszko")));
        Assert.Equal(1, (await As("rita", "parties", "add", "C-1", "--name", "Borislav Tarkhanov", "--type", "person")).ExitCode);
        Assert.Equal(0, (await As("rita", "parties", "add", "C-2", "--name", "Grigor Vantuchev", "--type", "person")).ExitCode);

        await ImportAsync(InternalList(2, Person("1", "Borislav Kuznetsovich Tarkhanov", born: "1961"),
            Person("2", "Zoltan Invented Mereszko", alias: "Grigor Vantuchev")));
        var report = await MonitorAsync();

        // The import already ran monitoring; the explicit run finds nothing new.
        Assert.Equal(0, report.GetProperty("sources").GetArrayLength());
        var open = JsonDocument.Parse((await As("rita", "alerts", "list", "--party", "C-2", "--json")).Out).RootElement;
        var alert = Assert.Single(open.GetProperty("alerts").EnumerateArray());
        Assert.Equal("acme-internal:2", alert.GetProperty("entity_id").GetString());
        Assert.Equal("new_alias", alert.GetProperty("reason").GetString());
        Assert.Contains("aliases", alert.GetProperty("reason_detail").GetString(), StringComparison.Ordinal);
        // C-1's match changed details but its alert is still being worked: no second alert.
        Assert.Equal(1, JsonDocument.Parse((await As("rita", "alerts", "list", "--party", "C-1", "--json")).Out).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnAllowListedFalsePositiveReAlertsWhenTheEntityChangesSayingWhat()
    {
        await TeamAsync();
        await ImportAsync(InternalList(1, Person("1", "Borislav Kuznetsovich Tarkhanov")));
        await As("rita", "parties", "add", "C-1", "--name", "Borislav Tarkhanov", "--type", "person", "--dob", "1990");
        var id = JsonDocument.Parse((await As("rita", "alerts", "list", "--json")).Out).RootElement.GetProperty("alerts")[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await As("rita", "alerts", "decide", id, "false-positive", "--comment", "our client is much younger");
        await As("abe", "alerts", "approve", id);

        // Same content again under another date: nothing changes, the false positive holds.
        await ImportAsync(InternalList(2, Person("1", "Borislav Kuznetsovich Tarkhanov"), Person("3", "Unrelated Invented Person")));
        Assert.Equal(1, JsonDocument.Parse((await As("rita", "alerts", "list", "--json")).Out).RootElement.GetProperty("total").GetInt32());

        var import = await As("admin", "lists", "import", InternalList(3, Person("1", "Borislav Kuznetsovich Tarkhanov", alias: "Boris Tarkhanov")));
        Assert.Contains("1 new alerts (1 allow_list_ended)", import.Out, StringComparison.Ordinal);
        var alerts = JsonDocument.Parse((await As("rita", "alerts", "list", "--status", "open", "--json")).Out).RootElement.GetProperty("alerts");
        var raised = Assert.Single(alerts.EnumerateArray());
        Assert.Equal("allow_list_ended", raised.GetProperty("reason").GetString());
        Assert.Contains("listed entity changed (aliases)", raised.GetProperty("reason_detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADelistedEntityClosesItsOpenAlertsWithANote()
    {
        await TeamAsync();
        await ImportAsync(InternalList(1, Person("1", "Borislav Kuznetsovich Tarkhanov"), Person("2", "Zoltan Invented Mereszko")));
        await As("rita", "parties", "add", "C-1", "--name", "Borislav Tarkhanov", "--type", "person");

        await ImportAsync(InternalList(2, Person("2", "Zoltan Invented Mereszko")));

        var alert = JsonDocument.Parse((await As("rita", "alerts", "list", "--party", "C-1", "--json")).Out).RootElement.GetProperty("alerts")[0];
        Assert.Equal("closed", alert.GetProperty("status").GetString());
        Assert.Contains("delisted", alert.GetProperty("closed_note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartiesRegisteredWithoutScreeningAreScreenedOnlyAgainstLaterChanges()
    {
        await TeamAsync();
        await ImportAsync(InternalList(1, Person("1", "Borislav Kuznetsovich Tarkhanov")));
        var file = _data.Write("parties.csv", "id,name,type\nC-1,Borislav Tarkhanov,person\nC-2,Zoltan Mereszko,person\n", new UTF8Encoding(false));
        Assert.Equal(0, (await As("rita", "parties", "import", file, "--no-screen")).ExitCode);

        await ImportAsync(InternalList(2, Person("1", "Borislav Kuznetsovich Tarkhanov"), Person("2", "Zoltan Invented Mereszko")));

        var alerts = JsonDocument.Parse((await As("rita", "alerts", "list", "--json")).Out).RootElement.GetProperty("alerts");
        var alert = Assert.Single(alerts.EnumerateArray());
        Assert.Equal("C-2", alert.GetProperty("party_id").GetString());
        Assert.Equal("new_designation", alert.GetProperty("reason").GetString());
    }

    [SharedDataFact]
    public async Task AnOfacUpdateRaisesNewDesignationsAndClosesDelistings()
    {
        var history = SharedData.Path("lists", "ofac-sdn-history");
        var older = Path.Combine(history, "sdn_2023-06-08.csv");
        var newer = Path.Combine(history, "sdn_2024-05-02.csv");
        var (added, removed) = IndividualsAddedAndRemoved(older, newer);

        await TeamAsync();
        await ImportAsync(older);
        Assert.Equal(1, (await As("rita", "parties", "add", "C-DELISTED", "--name", removed.Name, "--type", "person")).ExitCode);
        Assert.Equal(0, (await As("rita", "parties", "add", "C-NEW", "--name", added.Name, "--type", "person")).ExitCode);

        var import = await As("admin", "lists", "import", newer);
        Assert.Contains("monitoring: us-ofac-sdn", import.Out, StringComparison.Ordinal);

        var fresh = JsonDocument.Parse((await As("rita", "alerts", "list", "--party", "C-NEW", "--json")).Out).RootElement.GetProperty("alerts");
        Assert.Contains(fresh.EnumerateArray(), a => a.GetProperty("entity_id").GetString() == $"us-ofac-sdn:{added.Id}"
                                                     && a.GetProperty("reason").GetString() == "new_designation");
        var delisted = JsonDocument.Parse((await As("rita", "alerts", "list", "--entity", $"us-ofac-sdn:{removed.Id}", "--json")).Out).RootElement.GetProperty("alerts");
        var closed = Assert.Single(delisted.EnumerateArray());
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Contains("delisted", closed.GetProperty("closed_note").GetString(), StringComparison.Ordinal);
    }

    // An individual on the newer file only, and one on the older only, whose names are unlike any other listed name.
    private static ((string Id, string Name) Added, (string Id, string Name) Removed) IndividualsAddedAndRemoved(string older, string newer)
    {
        var before = Individuals(older);
        var after = Individuals(newer);
        var added = after.Where(p => !before.ContainsKey(p.Key)).Select(p => (p.Key, p.Value)).First(p => Distinct(p.Value, after.Values));
        var removed = before.Where(p => !after.ContainsKey(p.Key)).Select(p => (p.Key, p.Value)).First(p => Distinct(p.Value, before.Values));
        return (added, removed);

        static bool Distinct(string name, IEnumerable<string> all) =>
            name.Split(',')[0].Length > 4 && all.Count(n => n.Split(',')[0] == name.Split(',')[0]) == 1;
    }

    private static Dictionary<string, string> Individuals(string path)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path, Encoding.Latin1))
        {
            // ent_num,"NAME, Given","individual",...: the name is the first quoted field.
            var parts = line.Split('"');
            if (parts.Length > 4 && parts[3] == "individual") rows[parts[0].TrimEnd(',')] = parts[1];
        }
        return rows;
    }

    public void Dispose() => _data.Dispose();
}
