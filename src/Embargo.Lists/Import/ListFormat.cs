namespace Embargo.Lists.Import;

/// <summary>The file formats Embargo reads.</summary>
public enum ListFormat
{
    OfacSdnCsv,
    OfacConsolidatedCsv,
    OfacXml,
    UnXml,
    EuFsfXml,
    UkOfsiCsv,
    UkSanctionsListXml,
    UkSanctionsListCsv,
    BisDpl,
    EmbargoJson,
}
