using System.Text;
using System.Text.Json;
using Embargo.Core.Access;
using Embargo.Core.Audit;

namespace Embargo.Server.Tests;

/// <summary>Every ad-hoc screening through the API is in the audit trail: who asked what, what matched, on which list versions.</summary>
public sealed class ScreeningAuditTests
{
    [Fact]
    public async Task AScreeningIsRecordedWithItsActorQueryMatchesAndListVersions()
    {
        await using var server = await RunningServer.StartAsync();
        var token = await server.CreateKeyAsync(ApiRole.Screen);
        using var client = server.WithKey(token);
        var (status, _) = await Json.PostAsync(client, "/v1/screen", """{"name": "Dmitry Shugaev", "birth_date": "1965"}""");
        Assert.Equal(200, status);

        var record = Assert.Single(await RecordsAsync(server, AuditActions.Screening));
        Assert.StartsWith("key:", record.Entry.Actor, StringComparison.Ordinal);
        Assert.Equal("screening:api", record.Entry.Subject);
        using var after = JsonDocument.Parse(record.Entry.After!);
        Assert.Equal("Dmitry Shugaev", after.RootElement.GetProperty("query").GetProperty("name").GetString());
        Assert.Equal("demo:shugayev-dmitry", after.RootElement.GetProperty("matches")[0].GetProperty("entity_id").GetString());
        Assert.StartsWith("demo ", Assert.Single(record.Entry.ListVersions), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyPartiesAScanAndABatchJobAreEachRecordedAndTheChainStaysIntact()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = await server.ClientAsync(ApiRole.Screen);
        var (many, _) = await Json.PostAsync(client, "/v1/screen/many", """{"parties": [{"name": "Dmitry Shugaev"}, {"name": "Maria Gonzalez"}]}""");
        Assert.Equal(200, many);
        using (var scan = await client.PostAsync("/v1/scan", new StringContent("Officials said Dmitry Shugayev met buyers.", Encoding.UTF8, "text/plain")))
            Assert.Equal(200, (int)scan.StatusCode);
        using (var job = await client.PostAsync("/v1/jobs?name=customers.csv", new StringContent("id,name\nc1,Dmitry Shugaev\n", Encoding.UTF8, "text/csv")))
            Assert.Equal(202, (int)job.StatusCode);

        Assert.Equal(2, (await RecordsAsync(server, AuditActions.Screening)).Count);
        var scanned = Assert.Single(await RecordsAsync(server, AuditActions.ScanRun));
        Assert.DoesNotContain("Officials", scanned.Entry.After!, StringComparison.Ordinal);
        Assert.Contains("demo:shugayev-dmitry", scanned.Entry.After!, StringComparison.Ordinal);
        Assert.Single(await RecordsAsync(server, AuditActions.BatchSubmit));
        Assert.True((await server.Engine.Audit.VerifyAsync([], CancellationToken.None)).IsIntact);
    }

    private static async Task<List<AuditRecord>> RecordsAsync(RunningServer server, string action)
    {
        await server.Engine.ScreeningLog.FlushAsync(CancellationToken.None);
        var records = new List<AuditRecord>();
        await foreach (var record in server.Engine.Audit.ReadAsync(new AuditQuery { Action = action }, CancellationToken.None)) records.Add(record);
        return records;
    }
}
