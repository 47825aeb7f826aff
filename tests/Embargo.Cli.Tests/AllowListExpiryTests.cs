using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Hosting;
using Embargo.Hosting.Parties;
using Embargo.Testing;

namespace Embargo.Cli.Tests;

/// <summary>An allow-listed false positive holds until it expires; then monitoring screens the party again and re-alerts.</summary>
public sealed class AllowListExpiryTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private sealed class MovableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task AnExpiredEntryReAlertsAtTheNextMonitoringRun()
    {
        var clock = new MovableClock();
        await using var engine = await EmbargoEngine.OpenAsync(_data.Path, clock, default);
        var admin = new Actor("admin", ApiRole.Admin, ActorKind.Local);
        await engine.Alerts.SetPolicyAsync(admin, new ReviewPolicy { AllowListDays = 30, FourEyesForFalsePositiveFrom = null }, default);
        var (_, screening) = await engine.Parties.AddAsync(admin, "C-1", new PartyInput { Name = "Dmitry Shugaev", Kind = "person" }, screen: true, default);
        var alert = Assert.Single(screening!.Raised);
        await engine.Alerts.DecideAsync(admin, alert.Id, alert.Version, AlertDecision.FalsePositive, "not our client's namesake", default);

        clock.Now = clock.Now.AddDays(29);
        var early = await engine.Monitoring.RunAsync(admin, default);
        Assert.Empty(early.Raised);

        clock.Now = clock.Now.AddDays(2);
        var late = await engine.Monitoring.RunAsync(admin, default);
        var raised = Assert.Single(late.Raised);
        Assert.Equal(AlertReason.AllowListEnded, raised.Reason);
        Assert.Contains("expired on 2026-12-22", raised.ReasonDetail, StringComparison.Ordinal);
        Assert.Equal(1, late.ExpiredRescreened);
        Assert.Empty(await engine.Alerts.AllowListAsync(admin, "C-1", activeOnly: true, default));

        // Handled once: the next run finds nothing to do.
        Assert.True((await engine.Monitoring.RunAsync(admin, default)).DidNothing);
    }

    public void Dispose() => _data.Dispose();
}
