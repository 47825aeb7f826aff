using Embargo.Core.Access;
using Embargo.Core.Alerts;

namespace Embargo.Core.Tests.Alerts;

/// <summary>An invented alert and the people who review it.</summary>
internal static class AlertSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static readonly Actor Rita = new("rita", ApiRole.Review, ActorKind.User);
    public static readonly Actor Ravi = new("ravi", ApiRole.Review, ActorKind.User);
    public static readonly Actor Abe = new("abe", ApiRole.Approve, ActorKind.User);
    public static readonly Actor Ann = new("ann", ApiRole.Approve, ActorKind.User);
    public static readonly Actor Gateway = new("key:0123456789", ApiRole.Screen, ActorKind.Key);

    public static Alert Open(double score = 0.93) => new()
    {
        Id = 7,
        PartyId = "C-1",
        EntityId = "us-ofac-sdn:35746",
        EntityName = "SHUGAYEV, Dmitry",
        MatchedName = "SHUGAYEV, Dmitry Evgenievich",
        Score = score,
        Reason = AlertReason.Screening,
        Explanation = "{}",
        ListVersions = ["us-ofac-sdn 20240503-1c9e0b2a"],
        PartyData = """{"name":"Dmitry Shugaev"}""",
        PartyHash = "p1",
        EntityHash = "e1",
        EntityData = """{"id":"us-ofac-sdn:35746","aliases":["a"]}""",
        CreatedAt = Now,
        UpdatedAt = Now,
    };
}
