namespace Embargo.Server.Tests;

/// <summary>A list changed by another process (here: straight through the engine, monitoring off) is picked up by the server's schedule.</summary>
public sealed class MonitoringScheduleTests
{
    [Fact]
    public async Task AListActivatedElsewhereIsMonitoredOnTheServersSchedule()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MonitorInterval = TimeSpan.FromMilliseconds(200) });
        var engine = server.Engine;
        var reviewer = new Core.Access.Actor("rita", Core.Access.ApiRole.Review, Core.Access.ActorKind.Local);
        using var lists = new Embargo.Testing.TempDirectory();
        var v1 = lists.Write("internal-v1.json", InternalList("2026-11-01", "Zoltan Invented Mereszko"));
        var v2 = lists.Write("internal-v2.json", InternalList("2026-11-02", "Zoltan Invented Mereszko", "Grigor Vantuchev"));
        engine.MonitorOnListChange = false;
        foreach (var list in engine.Lists.Detect([v1], null)) await engine.Lists.ImportAsync(list, Lists.Import.ImportOptions.Default, null, default);
        await engine.Parties.AddAsync(reviewer, "C-1", new Hosting.Parties.PartyInput { Name = "Grigor Vantuchev", Kind = "person" }, screen: true, default);

        foreach (var list in engine.Lists.Detect([v2], null)) await engine.Lists.ImportAsync(list, Lists.Import.ImportOptions.Default, null, default);

        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (alerts, _) = await engine.Alerts.ListAsync(reviewer, new Core.Alerts.AlertQuery { PartyId = "C-1" }, default);
            if (alerts.Count > 0)
            {
                Assert.Equal(Core.Alerts.AlertReason.NewDesignation, Assert.Single(alerts).Reason);
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("the scheduled monitoring run did not raise the new designation");
    }

    private static string InternalList(string published, params string[] names) => $$"""
        {
          "format": "embargo-list/1", "source": "acme-internal", "title": "invented", "published_at": "{{published}}",
          "entries": [{{string.Join(",", names.Select((n, i) => $$"""{ "source_id": "{{i + 1}}", "kind": "person", "name": { "full": "{{n}}" } }"""))}}]
        }
        """;
}
