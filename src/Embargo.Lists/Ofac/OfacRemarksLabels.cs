namespace Embargo.Lists.Ofac;

/// <summary>
/// The labels OFAC writes before a value in remarks, as it spells them (case matters: OFAC is consistent, and
/// matching exactly keeps free text such as "license revoked" from being read as a label). Gathered from the SDN
/// and consolidated publications 2021–2025; labels not listed here still reach the entry through the generic rules
/// of <see cref="OfacRemarksParser"/>.
/// </summary>
internal static class OfacRemarksLabels
{
    /// <summary>Identity documents and registry numbers: <c>LABEL NUMBER (Country) issued DATE expires DATE</c>.</summary>
    public static readonly OfacRemarksLabelSet Identifiers = new(
    [
        "Passport", "Diplomatic Passport", "National ID No.", "Tax ID No.", "Identification Number", "Personal ID Card",
        "Registration Number", "Registration ID", "Business Registration Number", "Business Registration Document #",
        "Business Number", "Public Registration Number", "Commercial Registry Number", "Company Number",
        "UK Company Number", "Cedula No.", "C.U.R.P.", "C.U.R.P. #", "C.U.I.", "C.U.I.T.", "C.U.I.P.", "C.I.F.",
        "C.R. No.", "Romanian C.R.", "R.F.C.", "R.F.C. #", "RFC", "NIT #", "RUC #", "RIF #", "RTN", "D.N.I.", "I.F.E.",
        "SSN", "US FEIN", "V.A.T. Number", "Government Gazette Number", "Unified Social Credit Code (USCC)",
        "United Social Credit Code Certificate (USCCC)", "Legal Entity Number", "License", "Trade License No.",
        "Matricula Mercantil No", "Matricula Mercantil No.", "Folio Mercantil No.", "Economic Register Number (CBLS)",
        "SWIFT/BIC", "BIK (RU)", "ISIN", "Equity Ticker", "D-U-N-S Number", "Chamber of Commerce Number",
        "Istanbul Chamber of Comm. No.", "Dubai Chamber of Commerce Membership No.", "Central Registration System Number",
        "Enterprise Number", "Branch Unit Number", "Certificate of Incorporation Number", "Organization Code",
        "Registered Charity No.", "LE Number", "Driver's License No.", "Electoral Registry No.", "Credencial electoral",
        "Birth Certificate Number", "National Foreign ID Number", "Citizen's Card Number", "Kenyan ID No.",
        "Turkish Identification Number", "Numero de Identidad", "Tazkira National ID Card", "UAE Identification",
        "Residency Number", "Refugee ID Card", "Travel Document Number", "VisaNumberID", "Immigration No.", "File Number",
        "Permit Number", "SRE Permit No.", "Pilot License Number", "Military Registration Number",
        "Cartilla de Servicio Militar Nacional", "Italian Fiscal Code", "Paraguayan tax identification number",
        "Numero Unico de Identificacao Tributaria (NUIT)", "Afghan Money Service Provider License Number",
        "Stateless Person Passport", "Stateless Person ID Card", "Bosnian Personal ID No.", "Moroccan Personal ID No.",
        "Serial No.", "Public Security and Immigration No.", "Social Security Number", "Residency Permit",
        "Vessel Registration Identification", "MMSI",
    ]);

    /// <summary>Facts kept as attributes under OFAC's label: <c>Website www.x.ru</c>, <c>Organization Type: Banking</c>.</summary>
    public static readonly OfacRemarksLabelSet Attributes = new(
    [
        "Website", "Email Address", "Phone Number", "Phone No.", "Telephone", "Telephone No.", "PHONE", "Fax", "Fax No.",
        "FAX", "Organization Established Date", "Organization Type", "Target Type", "Nationality of Registration",
        "Former Vessel Flag", "Other Vessel Flag", "Other Vessel Call Sign", "Other Vessel Type",
        "Listing Date (CMIC)", "Effective Date (CMIC)", "Purchase/Sales For Divestment Date (CMIC)",
        "Additional Sanctions Information", "Secondary sanctions risk", "IFCA Determination", "arrested",
        "Chinese Commercial Code",
        "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions",
    ]);

    /// <summary>Titles and positions, as the SDN title column holds them.</summary>
    public static readonly OfacRemarksLabelSet Positions = new(["Title", "Position"]);
}
