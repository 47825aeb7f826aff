namespace Embargo.Core.Alerts;

/// <summary>Why an alert was raised.</summary>
public enum AlertReason
{
    /// <summary>The party was screened (registered, or screened on request) and matched.</summary>
    Screening,
    /// <summary>The party's data changed and the new data matches.</summary>
    PartyChanged,
    /// <summary>Monitoring: the entity is new on the list.</summary>
    NewDesignation,
    /// <summary>Monitoring: the entity gained or changed a name, and now matches.</summary>
    NewAlias,
    /// <summary>Monitoring: other details of the entity changed (dates, documents, countries).</summary>
    ChangedDetails,
    /// <summary>An allow-listed false positive no longer holds (party or entity changed, or the entry expired).</summary>
    AllowListEnded,
}
