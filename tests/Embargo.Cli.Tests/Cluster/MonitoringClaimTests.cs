using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Hosting;
using Embargo.Hosting.Monitoring;
using Embargo.Hosting.Parties;
using Embargo.Store.Postgres;
using Embargo.Testing;
using Embargo.Testing.Postgres;

namespace Embargo.Cli.Tests.Cluster;

/// <summary>Two nodes on one PostgreSQL store never both do a monitoring run's work: they take turns through a store lock.</summary>
public sealed class MonitoringClaimTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private static readonly Actor Admin = new("admin", ApiRole.Admin, ActorKind.Local);

    private sealed class MovableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [PostgresFact]
    public async Task TwoNodesRunningMonitoringAtOnceHandleAnExpiryOnce()
    {
        var clock = new MovableClock();
        var store = await (await PostgresServer.Shared).CreateDatabaseAsync();
        await using var first = await EmbargoEngine.OpenAsync(Path.Combine(_data.Path, "first"), store, clock, default);
        await using var second = await EmbargoEngine.OpenAsync(Path.Combine(_data.Path, "second"), store, clock, default);
        await first.Alerts.SetPolicyAsync(Admin, new ReviewPolicy { AllowListDays = 30, FourEyesForFalsePositiveFrom = null }, default);
        var (_, screening) = await first.Parties.AddAsync(Admin, "C-1", new PartyInput { Name = "Dmitry Shugaev", Kind = "person" }, screen: true, default);
        var alert = Assert.Single(screening!.Raised);
        await first.Alerts.DecideAsync(Admin, alert.Id, alert.Version, AlertDecision.FalsePositive, "not our client's namesake", default);

        clock.Now = clock.Now.AddDays(31);
        var reports = await Task.WhenAll(
            Task.Run(() => first.Monitoring.RunAsync(Admin, default)),
            Task.Run(() => second.Monitoring.RunAsync(Admin, default)));

        Assert.Equal(1, reports.Sum(r => r.ExpiredRescreened));
        Assert.Single(reports.SelectMany(r => r.Raised));
        var (open, _) = await second.Alerts.ListAsync(Admin, new AlertQuery { PartyId = "C-1", Statuses = [AlertStatus.Open] }, default);
        Assert.Single(open);
    }

    [PostgresFact]
    public async Task AScheduledRunSkipsWhileAnotherNodeHoldsTheRun()
    {
        var store = await (await PostgresServer.Shared).CreateDatabaseAsync();
        await using var engine = await EmbargoEngine.OpenAsync(_data.Path, store, TimeProvider.System, default);
        await using var otherNode = await PostgresDatabase.OpenAsync(store, default);

        await using (await new PostgresStoreLock(otherNode).AcquireAsync(MonitoringService.RunLock, wait: false, default))
        {
            Assert.Null(await engine.Monitoring.TryRunAsync(Actor.System, default));
        }

        Assert.NotNull(await engine.Monitoring.TryRunAsync(Actor.System, default));
    }

    public void Dispose() => _data.Dispose();
}
