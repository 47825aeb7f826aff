using Embargo.Core.Snapshots;

namespace Embargo.Core.Alerts;

/// <summary>Why a list change can raise an alert, in the reviewer's words: a new designation, a new or changed name, changed details.</summary>
public static class MonitoringReasons
{
    /// <summary>The entry fields that hold names (<see cref="Model.ListEntry.Name"/>, <see cref="Model.ListEntry.Aliases"/>).</summary>
    private static readonly string[] NameFields = ["name", "aliases"];

    public static (AlertReason Reason, string Detail) Of(EntryChange change, string source, string version)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind switch
        {
            EntryChangeKind.Added => (AlertReason.NewDesignation, $"new designation on {source} {version}"),
            EntryChangeKind.Changed when change.ChangedFields.Any(f => NameFields.Contains(f, StringComparer.Ordinal) || f == "*") =>
                (AlertReason.NewAlias, $"names changed on {source} {version} ({string.Join(", ", change.ChangedFields)})"),
            _ => (AlertReason.ChangedDetails, $"details changed on {source} {version} ({string.Join(", ", change.ChangedFields)})"),
        };
    }

    public static string Delisted(string entityId, string source, string version) => $"delisted: {entityId} is not on {source} {version}";

    public static string SourceRetired(string entityId, string source) => $"delisted: {source} is no longer screened ({entityId})";
}
