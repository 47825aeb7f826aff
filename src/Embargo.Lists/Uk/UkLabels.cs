namespace Embargo.Lists.Uk;

/// <summary>
/// The FCDO's own labels (the column headers of its CSV), used as attribute keys, document types and
/// relation types by both FCDO formats so that an entry reads the same whichever file it came from.
/// </summary>
internal static class UkLabels
{
    public const string OfsiGroupId = "OFSI Group ID";
    public const string UnReferenceNumber = "UN Reference Number";
    public const string DesignationSource = "Designation source";
    public const string StatementOfReasons = "UK Statement of Reasons";
    public const string PhoneNumber = "Phone number";
    public const string Website = "Website";
    public const string EmailAddress = "Email address";
    public const string TypeOfEntity = "Type of entity";
    public const string BusinessRegistrationNumber = "Business registration number (s)";
    public const string Passport = "Passport";
    public const string NationalIdentifier = "National Identifier";
    public const string ImoNumber = "IMO number";
    public const string CurrentOwnerOperator = "Current owner/operator (s)";
    public const string CurrentFlag = "Current believed flag of ship";
    public const string PreviousFlags = "Previous flags";
    public const string TypeOfShip = "Type of ship";
    public const string TonnageOfShip = "Tonnage of ship";
    public const string LengthOfShip = "Length of ship";
    public const string YearBuilt = "Year Built";
    public const string HullIdentificationNumber = "Hull identification number (HIN)";

    // Relation types.
    public const string ParentCompany = "parent-company";
    public const string Subsidiary = "subsidiary";
    public const string OwnerOperator = "owner-operator";
    public const string PreviousOwnerOperator = "previous-owner-operator";
}
