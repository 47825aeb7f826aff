using System.Globalization;
using System.Text.Json;
using Embargo.Core.Access;
using Embargo.Testing.Postgres;

namespace Embargo.Server.Tests;

/// <summary>
/// Parties, alerts with four eyes, users and the audit trail over real HTTP, with roles enforced; written once and
/// run on each store (<see cref="SqliteReviewApiTests"/>, <see cref="PostgresReviewApiTests"/>).
/// </summary>
public abstract class ReviewApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;
    private HttpClient _rita = null!, _ravi = null!, _abe = null!, _admin = null!, _screen = null!;

    protected HttpClient Rita => _rita;

    /// <summary>A server on a fresh store of the subclass's kind.</summary>
    protected abstract Task<RunningServer> StartServerAsync();

    public async Task InitializeAsync()
    {
        _server = await StartServerAsync();
        _admin = await UserClientAsync("admin", ApiRole.Admin);
        _rita = await UserClientAsync("rita", ApiRole.Review);
        _ravi = await UserClientAsync("ravi", ApiRole.Review);
        _abe = await UserClientAsync("abe", ApiRole.Approve);
        _screen = await _server.ClientAsync(ApiRole.Screen);
    }

    private async Task<HttpClient> UserClientAsync(string id, ApiRole role)
    {
        var engine = _server.Engine;
        await engine.Users.AddAsync(Actor.System, id, null, [role], null, default);
        var (_, token) = await engine.Keys.CreateAsync(Actor.System, $"{id}'s key", role, 0, id, default);
        return _server.WithKey(token);
    }

    protected async Task<JsonElement> AddShugaevAsync(string id = "C-1")
    {
        var (status, body) = await Json.PostAsync(_rita, "/v1/parties", $$"""{"id": "{{id}}", "name": "Dmitry Shugaev", "kind": "person", "aliases": ["D. Shugaev"]}""");
        Assert.Equal(201, status);
        return body.GetProperty("screening").GetProperty("raised")[0];
    }

    private static string Path(JsonElement alert, string step) =>
        $"/v1/alerts/{alert.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)}/{step}";

    [StoreFact]
    public async Task TheAlertListFiltersByListMinimumScoreAndAge()
    {
        await AddShugaevAsync();
        async Task<int> TotalAsync(string query)
        {
            var (status, body) = await Json.GetAsync(_rita, "/v1/alerts?" + query);
            Assert.Equal(200, status);
            return body.GetProperty("total").GetInt32();
        }

        Assert.Equal(1, await TotalAsync("source=demo"));
        Assert.Equal(0, await TotalAsync("source=us-ofac-sdn"));
        Assert.Equal(1, await TotalAsync("min_score=0.5"));
        Assert.Equal(0, await TotalAsync("min_score=1"));
        Assert.Equal(1, await TotalAsync("older_than_days=0"));
        Assert.Equal(0, await TotalAsync("older_than_days=1"));
        Assert.Equal(400, (await Json.GetAsync(_rita, "/v1/alerts?min_score=2")).Status);
    }

    [StoreFact]
    public async Task TheReviewLoopWorksOverHttpWithFourEyes()
    {
        var alert = await AddShugaevAsync();
        Assert.Equal("demo:shugayev-dmitry", alert.GetProperty("entity_id").GetString());
        Assert.Equal(1, alert.GetProperty("version").GetInt32());

        var (listed, list) = await Json.GetAsync(_rita, "/v1/alerts?status=open&party_id=C-1");
        Assert.Equal(200, listed);
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        Assert.Equal(200, (await Json.PostAsync(_rita, Path(alert, "comment"), """{"text": "same name, checking the date of birth"}""")).Status);
        var (decided, decision) = await Json.PostAsync(_rita, Path(alert, "decide"), """{"version": 1, "decision": "true_match", "comment": "same person"}""");
        Assert.Equal(200, decided);
        Assert.Equal("pending_approval", decision.GetProperty("status").GetString());

        Assert.Equal(403, (await Json.PostAsync(_rita, Path(alert, "approve"), """{"version": 2}""")).Status);
        var (approved, final) = await Json.PostAsync(_abe, Path(alert, "approve"), """{"version": 2}""");
        Assert.Equal(200, approved);
        Assert.Equal("decided", final.GetProperty("status").GetString());
        Assert.Equal("true_match", final.GetProperty("decision").GetString());
        Assert.Equal("rita", final.GetProperty("decided_by").GetString());
        Assert.Equal("abe", final.GetProperty("approved_by").GetString());

        var (_, detail) = await Json.GetAsync(_rita, $"/v1/alerts/{alert.GetProperty("id").GetInt64()}");
        Assert.Equal(["create", "comment", "decide", "approve"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.True(detail.GetProperty("alert").GetProperty("explanation").TryGetProperty("score", out _));
    }

    [StoreFact]
    public async Task AnApproverCannotApproveTheirOwnDecision()
    {
        var alert = await AddShugaevAsync();
        Assert.Equal(200, (await Json.PostAsync(_abe, Path(alert, "decide"), """{"version": 1, "decision": "true_match"}""")).Status);
        var (status, problem) = await Json.PostAsync(_abe, Path(alert, "approve"), """{"version": 2}""");
        Assert.Equal(403, status);
        Assert.Contains("four eyes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task TwoReviewersDecidingAtOnceOneWinsTheOtherGets409()
    {
        var alert = await AddShugaevAsync();
        var results = await Task.WhenAll(
            Json.PostAsync(_rita, Path(alert, "decide"), """{"version": 1, "decision": "true_match"}"""),
            Json.PostAsync(_ravi, Path(alert, "decide"), """{"version": 1, "decision": "false_positive"}"""));

        Assert.Single(results, r => r.Status == 200);
        var conflict = Assert.Single(results, r => r.Status == 409);
        Assert.Equal(2, conflict.Body.GetProperty("current_version").GetInt32());
        var winner = results.Single(r => r.Status == 200).Body;
        var (_, stored) = await Json.GetAsync(_rita, $"/v1/alerts/{alert.GetProperty("id").GetInt64()}");
        Assert.Equal(winner.GetProperty("decision").GetString(), stored.GetProperty("alert").GetProperty("decision").GetString());
        Assert.Equal(winner.GetProperty("decided_by").GetString(), stored.GetProperty("alert").GetProperty("decided_by").GetString());
        Assert.Equal(2, stored.GetProperty("alert").GetProperty("version").GetInt32());
    }

    [StoreFact]
    public async Task PartiesAreUpdatedScreenedAgainAndRemoved()
    {
        await AddShugaevAsync();
        var (status, updated) = await Json.PutAsync(_rita, "/v1/parties/C-1", """{"country": "RU"}""");
        Assert.Equal(200, status);
        Assert.True(updated.GetProperty("changed").GetBoolean());
        Assert.Equal(1, updated.GetProperty("screening").GetProperty("already_known").GetInt32());
        var (_, party) = await Json.GetAsync(_rita, "/v1/parties/C-1");
        Assert.Equal("RU", party.GetProperty("country").GetString());
        Assert.Equal("D. Shugaev", party.GetProperty("aliases")[0].GetString());

        var (removed, gone) = await Json.DeleteAsync(_rita, "/v1/parties/C-1");
        Assert.Equal(200, removed);
        Assert.Equal(1, gone.GetProperty("closed_alerts").GetArrayLength());
        Assert.Equal(404, (await Json.GetAsync(_rita, "/v1/parties/C-1")).Status);
        Assert.Equal(201, (await Json.PostAsync(_rita, "/v1/parties", """{"id": "C-2", "name": "Invented Trading Ltd"}""")).Status);
        Assert.Equal(409, (await Json.PostAsync(_rita, "/v1/parties", """{"id": "C-2", "name": "Other"}""")).Status);
    }


    [StoreFact]
    public async Task AnUnknownAlertIs404AndAStaleStepIs409()
    {
        Assert.Equal(404, (await Json.GetAsync(_rita, "/v1/alerts/999")).Status);
        Assert.Equal(404, (await Json.PostAsync(_rita, "/v1/alerts/999/decide", """{"version": 1, "decision": "true_match"}""")).Status);
        var alert = await AddShugaevAsync();
        var (status, problem) = await Json.PostAsync(_rita, Path(alert, "escalate"), """{"version": 7}""");
        Assert.Equal(409, status);
        Assert.Equal(1, problem.GetProperty("current_version").GetInt32());
    }

    [StoreFact]
    public async Task RolesAreEnforced()
    {
        Assert.Equal(401, (await Json.GetAsync(_server.Anonymous(), "/v1/alerts")).Status);
        Assert.Equal(403, (await Json.GetAsync(_screen, "/v1/alerts")).Status);
        Assert.Equal(403, (await Json.PostAsync(_screen, "/v1/parties", """{"id": "C-1", "name": "A"}""")).Status);
        Assert.Equal(403, (await Json.GetAsync(_rita, "/v1/users")).Status);
        Assert.Equal(403, (await Json.GetAsync(_abe, "/v1/audit")).Status);
        Assert.Equal(403, (await Json.PutAsync(_abe, "/v1/alerts/policy", """{"four_eyes_for_true_match": false}""")).Status);
        var (status, policy) = await Json.PutAsync(_admin, "/v1/alerts/policy", """{"four_eyes_for_true_match": false, "allow_list_days": 90}""");
        Assert.Equal(200, status);
        Assert.False(policy.GetProperty("four_eyes_for_true_match").GetBoolean());
        Assert.Equal(90, policy.GetProperty("allow_list_days").GetInt32());
    }

    [StoreFact]
    public async Task AdministratorsManageUsersAndKeysAndADisabledUsersKeyStopsWorking()
    {
        var (created, user) = await Json.PostAsync(_admin, "/v1/users", """{"id": "Carol", "name": "Carol Reviewer", "roles": ["review"]}""");
        Assert.Equal(201, created);
        Assert.Equal("carol", user.GetProperty("id").GetString());
        var (_, key) = await Json.PostAsync(_admin, "/v1/keys", """{"name": "carol's laptop", "role": "review", "user_id": "carol"}""");
        var carol = _server.WithKey(key.GetProperty("token").GetString()!);
        Assert.Equal(200, (await Json.GetAsync(carol, "/v1/alerts")).Status);
        Assert.Equal(400, (await Json.PostAsync(_admin, "/v1/keys", """{"name": "too big", "role": "admin", "user_id": "carol"}""")).Status);

        Assert.Equal(200, (await Json.PostAsync(_admin, "/v1/users/carol/disable", "{}")).Status);
        Assert.Equal(401, (await Json.GetAsync(carol, "/v1/alerts")).Status);
        var (_, users) = await Json.GetAsync(_admin, "/v1/users");
        Assert.True(users.EnumerateArray().Single(u => u.GetProperty("id").GetString() == "carol").GetProperty("disabled").GetBoolean());

        var (_, roles) = await Json.PutAsync(_admin, "/v1/users/ravi/roles", """{"roles": ["review", "approve"]}""");
        Assert.Equal(["review", "approve"], roles.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(400, (await Json.PutAsync(_admin, "/v1/users/ravi/roles", """{"roles": ["god"]}""")).Status);
    }

    [StoreFact]
    public async Task TheAuditTrailIsListedVerifiedAndExported()
    {
        var alert = await AddShugaevAsync();
        await Json.PostAsync(_rita, Path(alert, "decide"), """{"version": 1, "decision": "true_match"}""");

        var (status, page) = await Json.GetAsync(_admin, "/v1/audit?subject=alert:&limit=2");
        Assert.Equal(200, status);
        var records = page.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(["alert.create", "alert.decide"], records.Select(r => r.GetProperty("action").GetString()));
        Assert.Equal("rita", records[1].GetProperty("actor").GetString());

        var (_, verify) = await Json.GetAsync(_admin, "/v1/audit/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean());
        var head = verify.GetProperty("head");
        var (_, again) = await Json.GetAsync(_admin, $"/v1/audit/verify?head={head.GetProperty("seq").GetInt64()}:{head.GetProperty("hash").GetString()}");
        Assert.True(again.GetProperty("intact").GetBoolean());

        using var csv = await _admin.GetAsync("/v1/audit/export?format=csv&subject=alert:");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("seq,at,actor,action", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        using var jsonl = await _admin.GetAsync("/v1/audit/export");
        Assert.All((await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries), l => JsonDocument.Parse(l).Dispose());
    }

    [StoreFact]
    public async Task MonitoringCanBeRunOnRequest()
    {
        await AddShugaevAsync();
        var (status, report) = await Json.PostAsync(_rita, "/v1/monitoring/run", "{}");
        Assert.Equal(200, status);
        Assert.Equal(0, report.GetProperty("raised").GetArrayLength());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}

public sealed class SqliteReviewApiTests : ReviewApiTests
{
    protected override Task<RunningServer> StartServerAsync() => RunningServer.StartAsync();

    [Theory]
    [InlineData("/v1/parties", """{"name": "No Id"}""", "id")]
    [InlineData("/v1/parties", """{"id": "C-9", "name": "A", "birth_date": "yesterday"}""", "birth_date")]
    [InlineData("/v1/parties", """{"id": "C-9", "name": "A", "aliases": [1]}""", "aliases[0]")]
    [InlineData("/v1/alerts/1/decide", """{"decision": "true_match"}""", "version")]
    [InlineData("/v1/alerts/1/decide", """{"version": 1, "decision": "maybe"}""", "decision")]
    public async Task ABadFieldIs400NamingIt(string path, string json, string field)
    {
        await AddShugaevAsync();
        var (status, body) = await Json.PostAsync(Rita, path, json);
        Assert.Equal(400, status);
        Assert.Equal(field, body.GetProperty("field").GetString());
    }
}

public sealed class PostgresReviewApiTests : ReviewApiTests, INeedsPostgres
{
    protected override async Task<RunningServer> StartServerAsync() =>
        await RunningServer.StartOnAsync(await (await PostgresServer.Shared).CreateDatabaseAsync());
}
