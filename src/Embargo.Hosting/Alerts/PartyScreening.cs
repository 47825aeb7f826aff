using Embargo.Core.Alerts;
using Embargo.Core.Snapshots;

namespace Embargo.Hosting.Alerts;

/// <summary>
/// What screening one party did: the matches at or above the threshold, the alerts raised, and how many matches were
/// already known (an alert being worked, a confirmed true match) or suppressed by the allow-list.
/// </summary>
public sealed record PartyScreening(
    string PartyId, int Matches, IReadOnlyList<Alert> Raised, int AlreadyKnown, int Suppressed, IReadOnlyList<ListSnapshot> Snapshots);
