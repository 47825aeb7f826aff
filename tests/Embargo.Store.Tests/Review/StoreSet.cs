using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Audit;
using Embargo.Core.Review;
using Embargo.Core.Parties;
using Embargo.Core.Snapshots;

namespace Embargo.Store.Tests.Review;

/// <summary>One backend's stores over one fresh database, as the contract tests use them.</summary>
public sealed record StoreSet(ISnapshotStore Snapshots, IApiKeyStore Keys, IUserStore Users, IAuditStore Audit, IPartyStore Parties,
    IAlertStore Alerts, ISettingsStore Settings) : IAsyncDisposable
{
    public Func<ValueTask>? OnDispose { get; init; }

    public async ValueTask DisposeAsync()
    {
        await Snapshots.DisposeAsync();
        if (OnDispose is not null) await OnDispose();
    }
}
