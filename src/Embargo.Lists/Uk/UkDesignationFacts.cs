namespace Embargo.Lists.Uk;

/// <summary>
/// The single-valued facts of a UK Sanctions List designation, by their XML element name, and the CSV
/// columns that carry the same facts. Both FCDO formats feed <see cref="Add"/>, so a designation reads
/// the same from either file. Facts that come in groups (a name and its parts, an address and its lines,
/// a passport and its note) are handled by the parsers, which know how each format groups them.
/// </summary>
internal static class UkDesignationFacts
{
    /// <summary>CSV column -> XML element, for the columns that hold one fact each.</summary>
    public static readonly IReadOnlyDictionary<string, string> ElementOfColumn =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Last Updated"] = "LastUpdated",
            ["Unique ID"] = "UniqueID",
            ["OFSI Group ID"] = "OFSIGroupID",
            ["UN Reference Number"] = "UNReferenceNumber",
            ["Title"] = "Title",
            ["Regime Name"] = "RegimeName",
            ["Designation Type"] = "IndividualEntityShip",
            ["Designation source"] = "DesignationSource",
            ["Sanctions Imposed"] = "SanctionsImposed",
            ["Other Information"] = "OtherInformation",
            ["UK Statement of Reasons"] = "UKStatementofReasons",
            ["Phone number"] = "PhoneNumber",
            ["Website"] = "Website",
            ["Email address"] = "EmailAddress",
            ["Date Designated"] = "DateDesignated",
            ["D.O.B"] = "DOB",
            ["Nationality(/ies)"] = "Nationality",
            ["Position"] = "Position",
            ["Gender"] = "Gender",
            ["Type of entity"] = "TypeOfEntity",
            ["Subsidiaries"] = "Subsidiary",
            ["Parent company"] = "ParentCompany",
            ["Business registration number (s)"] = "BusinessRegistrationNumber",
            ["IMO number"] = "IMONumber",
            ["Current owner/operator (s)"] = "CurrentOwnerOperator",
            ["Previous owner/operator (s)"] = "PreviousOwnerOperator",
            ["Current believed flag of ship"] = "CurrentBelievedFlagOfShip",
            ["Previous flags"] = "PreviousFlag",
            ["Type of ship"] = "TypeOfShip",
            ["Tonnage of ship"] = "TonnageOfShip",
            ["Length of ship"] = "LengthOfShip",
            ["Year Built"] = "YearBuilt",
            ["Hull identification number (HIN)"] = "HullIdentificationNumber",
        };

    /// <summary>
    /// Adds one fact by its element name. An element this code does not know is kept as an attribute
    /// under its own name, so a field the FCDO adds later is carried rather than dropped.
    /// </summary>
    public static void Add(UkEntryBuilder entry, string element, string? value)
    {
        switch (element)
        {
            case "UniqueID": break; // the entry's id, set by the parser
            case "LastUpdated": entry.AddUpdatedOn(value, "Last Updated"); break;
            case "DateDesignated": entry.SetListedOn(value, "Date Designated"); break;
            case "OFSIGroupID": entry.AddAttribute(UkLabels.OfsiGroupId, value); break;
            case "UNReferenceNumber": entry.AddAttribute(UkLabels.UnReferenceNumber, value); break;
            case "RegimeName": entry.AddProgram(value); break;
            case "IndividualEntityShip": entry.SetKind(value); break;
            case "DesignationSource": entry.AddAttribute(UkLabels.DesignationSource, value); break;
            case "SanctionsImposed": entry.AddMeasures(value); break;
            case "OtherInformation": entry.AddRemark(value); break;
            case "UKStatementofReasons": entry.AddAttribute(UkLabels.StatementOfReasons, value); break;
            case "PhoneNumber": entry.AddAttribute(UkLabels.PhoneNumber, value); break;
            case "Website": entry.AddAttribute(UkLabels.Website, value); break;
            case "EmailAddress": entry.AddAttribute(UkLabels.EmailAddress, value); break;
            case "Title": entry.AddPosition(value); break;
            case "DOB": entry.AddBirthDate(value); break;
            case "Nationality": entry.AddNationality(value); break;
            case "Position": entry.AddPosition(value); break;
            case "Gender": entry.SetGender(value); break;
            case "TypeOfEntity": entry.AddAttribute(UkLabels.TypeOfEntity, value); break;
            case "BusinessRegistrationNumber": entry.AddDocument(UkLabels.BusinessRegistrationNumber, value, null); break;
            case "ParentCompany": entry.AddRelation(UkLabels.ParentCompany, value); break;
            case "Subsidiary": entry.AddRelation(UkLabels.Subsidiary, value); break;
            case "IMONumber": entry.AddVesselFact(UkLabels.ImoNumber, value); break;
            case "CurrentOwnerOperator": entry.AddVesselFact(UkLabels.CurrentOwnerOperator, value); break;
            case "PreviousOwnerOperator": entry.AddRelation(UkLabels.PreviousOwnerOperator, value); break;
            case "CurrentBelievedFlagOfShip": entry.AddVesselFact(UkLabels.CurrentFlag, value); break;
            case "PreviousFlag": entry.AddAttribute(UkLabels.PreviousFlags, value); break;
            case "TypeOfShip": entry.AddVesselFact(UkLabels.TypeOfShip, value); break;
            case "TonnageOfShip": entry.AddVesselFact(UkLabels.TonnageOfShip, value); break;
            case "LengthOfShip": entry.AddAttribute(UkLabels.LengthOfShip, value); break;
            case "YearBuilt": entry.AddVesselFact(UkLabels.YearBuilt, value); break;
            case "HullIdentificationNumber": entry.AddDocument(UkLabels.HullIdentificationNumber, value, null); break;
            default: entry.AddAttribute(element, value); break;
        }
    }
}
