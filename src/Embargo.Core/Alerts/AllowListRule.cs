using Embargo.Core.Parties;
using Embargo.Core.Snapshots;

namespace Embargo.Core.Alerts;

/// <summary>
/// The allow-list's rules, pure: an entry is made from a final false positive, holds while the party's screened data
/// and the entity's content hash are the ones decided on and it has not expired, and says what changed when it lapses.
/// </summary>
public static class AllowListRule
{
    public static AllowListEntry Create(Alert decided, ReviewPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decided);
        ArgumentNullException.ThrowIfNull(policy);
        if (decided is not { Status: AlertStatus.Decided, Decision: AlertDecision.FalsePositive })
            throw new ArgumentException("only a final false positive goes on the allow-list", nameof(decided));
        return new AllowListEntry
        {
            PartyId = decided.PartyId,
            EntityId = decided.EntityId,
            AlertId = decided.Id,
            PartyHash = decided.PartyHash,
            PartyData = decided.PartyData,
            EntityHash = decided.EntityHash,
            EntityData = decided.EntityData,
            DecidedBy = decided.DecidedBy ?? "",
            ApprovedBy = decided.ApprovedBy,
            CreatedAt = now,
            ExpiresAt = policy.AllowListDays is { } days ? now.AddDays(days) : null,
        };
    }

    /// <summary>Whether <paramref name="entry"/> still suppresses the alert for the party and entity as they are now.</summary>
    public static AllowListVerdict Check(AllowListEntry entry, string partyData, string entityHash, string? entityData, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var changes = new List<string>();
        if (!string.Equals(entry.PartyData, partyData, StringComparison.Ordinal))
            changes.Add($"party changed ({Fields(entry.PartyData, partyData)})");
        if (!string.Equals(entry.EntityHash, entityHash, StringComparison.Ordinal))
            changes.Add(entityData is null ? "listed entity changed" : $"listed entity changed ({Fields(entry.EntityData, entityData)})");
        if (entry.ExpiresAt is { } expires && expires <= now)
            changes.Add($"allow-list entry expired on {expires:yyyy-MM-dd}");
        return changes.Count == 0
            ? AllowListVerdict.Still
            : new AllowListVerdict(false, $"false positive of alert {entry.AlertId} no longer holds: {string.Join("; ", changes)}");
    }

    private static string Fields(string before, string after)
    {
        try
        {
            var fields = EntryComparer.ChangedFields(before, after);
            return fields.Count == 0 ? "content" : string.Join(", ", fields);
        }
        catch (System.Text.Json.JsonException)
        {
            return "content";
        }
    }

    /// <summary>The canonical data of a party as the allow-list compares it.</summary>
    public static string PartyDataOf(Party party) => PartyContent.Canonical(party);
}
