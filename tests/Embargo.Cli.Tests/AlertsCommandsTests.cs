using System.Text.Json;
using Embargo.Testing;

namespace Embargo.Cli.Tests;

/// <summary>The review loop on the built-in demo list: screen a party, decide with four eyes, allow-list, re-alert.</summary>
public sealed class AlertsCommandsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private Task<CliRun> As(string user, params string[] args) => CliRun.ExecAsync(_data.Path, ["--as", user, .. args]);

    private async Task TeamAsync()
    {
        Assert.Equal(0, (await As("root", "users", "add", "admin", "--roles", "admin")).ExitCode);
        await As("admin", "users", "add", "rita", "--roles", "review");
        await As("admin", "users", "add", "ravi", "--roles", "review");
        await As("admin", "users", "add", "abe", "--roles", "approve");
    }

    private async Task<JsonElement> AlertAsync(long id)
    {
        var run = await As("rita", "alerts", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("alert").Clone();
    }

    private async Task<long> AddShugaevAsync()
    {
        var add = await As("rita", "parties", "add", "C-1", "--name", "Dmitry Shugaev", "--type", "person", "--json");
        Assert.True(add.ExitCode == 1, add.ToString());
        using var json = JsonDocument.Parse(add.Out);
        var raised = json.RootElement.GetProperty("screening").GetProperty("raised");
        Assert.Equal(1, raised.GetArrayLength());
        Assert.Equal("demo:shugayev-dmitry", raised[0].GetProperty("entity_id").GetString());
        return raised[0].GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task AMatchingPartyRaisesOneAlertAndScreeningAgainDoesNotDuplicateIt()
    {
        await TeamAsync();
        var id = await AddShugaevAsync();

        var again = await As("rita", "parties", "screen", "C-1", "--json");
        Assert.True(again.ExitCode == 0, again.ToString());
        using var json = JsonDocument.Parse(again.Out);
        Assert.Equal(0, json.RootElement.GetProperty("raised").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("already_known").GetInt32());

        var alert = await AlertAsync(id);
        Assert.Equal("open", alert.GetProperty("status").GetString());
        Assert.Equal("screening", alert.GetProperty("reason").GetString());
        Assert.StartsWith("demo ", alert.GetProperty("list_versions")[0].GetString(), StringComparison.Ordinal);
        Assert.True(alert.GetProperty("explanation").GetProperty("explanation").GetProperty("features").GetArrayLength() > 0);
    }

    [Fact]
    public async Task AlertsListByListMinimumScoreAndAgeAndABadScoreIsAUsageError()
    {
        await TeamAsync();
        await AddShugaevAsync();

        async Task<int> TotalAsync(params string[] filters)
        {
            var run = await As("rita", ["alerts", "list", "--json", .. filters]);
            Assert.True(run.ExitCode == 0, run.ToString());
            return JsonDocument.Parse(run.Out).RootElement.GetProperty("total").GetInt32();
        }

        Assert.Equal(1, await TotalAsync("--source", "demo"));
        Assert.Equal(0, await TotalAsync("--source", "un-sc"));
        Assert.Equal(1, await TotalAsync("--min-score", "0.5"));
        Assert.Equal(0, await TotalAsync("--older-than-days", "1"));
        Assert.Equal(2, (await As("rita", "alerts", "list", "--min-score", "1.5")).ExitCode);
    }

    [Fact]
    public async Task ATrueMatchNeedsASecondPersonAndNeverTheSameOne()
    {
        await TeamAsync();
        var id = (await AddShugaevAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(0, (await As("rita", "alerts", "decide", id, "true-match", "--comment", "same person")).ExitCode);
        Assert.Equal("pending_approval", (await AlertAsync(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture))).GetProperty("status").GetString());

        var self = await As("rita", "alerts", "approve", id);
        Assert.Equal(2, self.ExitCode);
        var reviewer = await As("ravi", "alerts", "approve", id);
        Assert.Equal(2, reviewer.ExitCode);
        Assert.Contains("approve role", reviewer.Error, StringComparison.Ordinal);

        Assert.Equal(0, (await As("abe", "alerts", "approve", id)).ExitCode);
        var alert = await AlertAsync(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("decided", alert.GetProperty("status").GetString());
        Assert.Equal("true_match", alert.GetProperty("decision").GetString());
        Assert.Equal("rita", alert.GetProperty("decided_by").GetString());
        Assert.Equal("abe", alert.GetProperty("approved_by").GetString());

        // A confirmed match is known: screening again raises nothing.
        Assert.Equal(0, (await As("rita", "parties", "screen", "C-1")).ExitCode);
    }

    [Fact]
    public async Task ADecisionOnAStaleVersionIsRefusedWithAConflict()
    {
        await TeamAsync();
        var id = (await AddShugaevAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (await As("rita", "alerts", "assign", id, "rita", "--version", "1")).ExitCode);

        var stale = await As("ravi", "alerts", "decide", id, "false-positive", "--version", "1");
        Assert.Equal(2, stale.ExitCode);
        Assert.Contains("changed by someone else", stale.Error, StringComparison.Ordinal);
        Assert.Equal("in_review", (await AlertAsync(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AConfirmedFalsePositiveStaysQuietUntilThePartyChangesThenReAlertsSayingWhat()
    {
        await TeamAsync();
        var id = (await AddShugaevAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await As("rita", "alerts", "decide", id, "false-positive", "--comment", "our client was born in 1990");
        Assert.Equal(0, (await As("abe", "alerts", "approve", id)).ExitCode);

        var quiet = await As("rita", "parties", "screen", "C-1", "--json");
        using (var json = JsonDocument.Parse(quiet.Out)) Assert.Equal(1, json.RootElement.GetProperty("suppressed").GetInt32());

        var changed = await As("rita", "parties", "update", "C-1", "--dob", "1965-08-11", "--json");
        Assert.True(changed.ExitCode == 1, changed.ToString());
        using var after = JsonDocument.Parse(changed.Out);
        var raised = after.RootElement.GetProperty("screening").GetProperty("raised")[0];
        Assert.Equal("allow_list_ended", raised.GetProperty("reason").GetString());
        Assert.Contains("party changed (birth_date)", raised.GetProperty("reason_detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAdministratorsChangeThePolicyAndItDecidesWhatNeedsApproval()
    {
        await TeamAsync();
        var denied = await As("rita", "alerts", "policy", "--four-eyes-true-match", "no");
        Assert.Equal(2, denied.ExitCode);
        var set = await As("admin", "alerts", "policy", "--four-eyes-true-match", "no", "--allow-list-days", "never", "--json");
        Assert.True(set.ExitCode == 0, set.ToString());
        using (var json = JsonDocument.Parse(set.Out))
        {
            Assert.False(json.RootElement.GetProperty("four_eyes_for_true_match").GetBoolean());
            Assert.False(json.RootElement.TryGetProperty("allow_list_days", out _)); // never expires
            Assert.Equal(0.9, json.RootElement.GetProperty("four_eyes_for_false_positive_from").GetDouble());
        }

        var id = (await AddShugaevAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (await As("rita", "alerts", "decide", id, "true-match")).ExitCode);
        Assert.Equal("decided", (await AlertAsync(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task RemovingAPartyClosesItsOpenAlerts()
    {
        await TeamAsync();
        var id = await AddShugaevAsync();
        var removed = await As("rita", "parties", "remove", "C-1");
        Assert.Contains("closed 1 open alert", removed.Out, StringComparison.Ordinal);
        var alert = await AlertAsync(id);
        Assert.Equal("closed", alert.GetProperty("status").GetString());
        Assert.Equal("party no longer monitored", alert.GetProperty("closed_note").GetString());
    }

    [Fact]
    public async Task ListingFiltersByStatus()
    {
        await TeamAsync();
        await AddShugaevAsync();
        await As("rita", "parties", "add", "C-2", "--name", "Rosoboronexport");
        var open = await As("rita", "alerts", "list", "--status", "open", "--json");
        using var json = JsonDocument.Parse(open.Out);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        var none = await As("rita", "alerts", "list", "--status", "decided", "--json");
        using var empty = JsonDocument.Parse(none.Out);
        Assert.Equal(0, empty.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, (await As("rita", "alerts", "list", "--status", "sideways")).ExitCode);
    }

    public void Dispose() => _data.Dispose();
}
