using System.Text.Json;
using Embargo.Testing;

namespace Embargo.Cli.Tests;

public sealed class PartiesCommandsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private Task<CliRun> Run(params string[] args) => CliRun.ExecAsync(_data.Path, ["--as", "alice", .. args]);

    private async Task<JsonElement> ShowAsync(string id)
    {
        var run = await Run("parties", "show", id, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public async Task APartyIsAddedShownUpdatedAndRemoved()
    {
        var add = await Run("parties", "add", "C-1001", "--name", "Ivan Sidorov", "--type", "person", "--alias", "Vanya Sidorov",
            "--dob", "1971-03", "--country", "Russia", "--id-number", "7712 345678", "--address", "12 Invented Lane");
        Assert.True(add.ExitCode == 0, add.ToString());

        var shown = await ShowAsync("C-1001");
        Assert.Equal("Ivan Sidorov", shown.GetProperty("name").GetString());
        Assert.Equal("person", shown.GetProperty("kind").GetString());
        Assert.Equal("1971-03", shown.GetProperty("birth_date").GetString());
        Assert.Equal("RU", shown.GetProperty("country").GetString());
        Assert.Equal("Vanya Sidorov", shown.GetProperty("aliases")[0].GetString());
        var hash = shown.GetProperty("data_hash").GetString();

        Assert.Equal(0, (await Run("parties", "update", "C-1001", "--dob", "1971-03-14")).ExitCode);
        var updated = await ShowAsync("C-1001");
        Assert.Equal("1971-03-14", updated.GetProperty("birth_date").GetString());
        Assert.Equal("Ivan Sidorov", updated.GetProperty("name").GetString());
        Assert.NotEqual(hash, updated.GetProperty("data_hash").GetString());

        Assert.Equal(0, (await Run("parties", "remove", "C-1001")).ExitCode);
        var gone = await Run("parties", "show", "C-1001");
        Assert.Equal(2, gone.ExitCode);
        Assert.Contains("no party 'C-1001'", gone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingTheSameIdTwiceIsRefused()
    {
        await Run("parties", "add", "C-1", "--name", "Acme Trading LLC");
        var again = await Run("parties", "add", "C-1", "--name", "Other");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already a party 'C-1'", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFieldsAreNamed()
    {
        var run = await Run("parties", "add", "C-1", "--name", "Acme", "--dob", "14/03/1971");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'14/03/1971' is not a date", run.Error, StringComparison.Ordinal);
        var noName = await Run("parties", "add", "C-2");
        Assert.Equal(2, noName.ExitCode);
        Assert.Contains("name", noName.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAddsThenUpdatesAndReportsUnusableRecords()
    {
        var file = _data.Write("customers.csv", """
            customer_id;full_name;date_of_birth;nationality;type
            C-1;Ivan Sidorov;1971-03-14;Russia;person
            C-2;Acme Trading LLC;;;company
            C-3;Bad Date;14.03.1971;;person
            ;No Id;;;
            """);
        var first = await Run("parties", "import", file, "--json");
        Assert.Equal(2, first.ExitCode);
        using (var json = JsonDocument.Parse(first.Out))
        {
            Assert.Equal(2, json.RootElement.GetProperty("added").GetInt32());
            var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
            Assert.Equal(2, errors.Count);
            Assert.Equal(4, errors[0].GetProperty("line").GetInt32());
            Assert.Contains("no id", errors[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal("organization", (await ShowAsync("C-2")).GetProperty("kind").GetString());

        var changed = _data.Write("changed.jsonl", """
            {"id": "C-1", "name": "Ivan Sidorov", "dob": "1971-03-14", "country": "RU", "type": "person"}
            {"id": "C-2", "name": "Acme Trading Limited", "type": "company"}
            """);
        var second = await Run("parties", "import", changed, "--json");
        Assert.True(second.ExitCode == 0, second.ToString());
        using var again = JsonDocument.Parse(second.Out);
        Assert.Equal(1, again.RootElement.GetProperty("updated").GetInt32());
        Assert.Equal(1, again.RootElement.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task EveryPartyChangeIsInTheAuditTrail()
    {
        await Run("parties", "add", "C-1", "--name", "Acme Trading LLC");
        await Run("parties", "update", "C-1", "--country", "DE");
        await Run("parties", "remove", "C-1");

        await using var engine = await Hosting.EmbargoEngine.OpenAsync(_data.Path, TimeProvider.System, default);
        var actions = new List<(string Action, string Actor)>();
        await foreach (var r in engine.Audit.ReadAsync(new Core.Audit.AuditQuery { Subject = "party:C-1" }, default)) actions.Add((r.Entry.Action, r.Entry.Actor));
        Assert.Equal([("party.add", "alice"), ("party.screen", "alice"), ("party.update", "alice"), ("party.screen", "alice"), ("party.remove", "alice")],
            actions);
    }

    public void Dispose() => _data.Dispose();
}
