namespace Embargo.Lists.Ofac;

/// <summary>Sorts OFAC XML <c>idType</c> labels into what they mean (see <see cref="OfacXmlIdKind"/>).</summary>
internal static class OfacXmlIdTypes
{
    // Labels OFAC uses for facts that are not identifiers; compared case-insensitively.
    private static readonly HashSet<string> AttributeLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Website", "Email Address", "Phone Number", "Telephone", "Telephone Number", "Fax", "Fax Number",
        "Target Type", "Nationality of Registration", "Nationality Country",
        "Other Vessel Flag", "Former Vessel Flag", "Other Vessel Call Sign", "Other Vessel Type",
        "Secondary sanctions risk", "Organization Type", "Additional Sanctions Information",
    };

    public static OfacXmlIdKind Classify(string idType)
    {
        var label = idType.Trim();
        if (label.Equals("Gender", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.Gender;
        if (label.StartsWith("CAATSA Section 235", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.Caatsa235;

        if (label.Equals("IMO", StringComparison.OrdinalIgnoreCase) ||
            label.Equals("IMO Number", StringComparison.OrdinalIgnoreCase) ||
            label.Equals("Vessel Registration Identification", StringComparison.OrdinalIgnoreCase))
            return OfacXmlIdKind.VesselImo;
        if (label.Equals("MMSI", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.VesselMmsi;
        if (label.Equals("Vessel Year of Build", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.VesselBuildYear;

        if (label.Equals("Aircraft Tail Number", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.AircraftTailNumber;
        if (label.StartsWith("Aircraft Manufacturer's Serial Number", StringComparison.OrdinalIgnoreCase) ||
            label.Equals("Aircraft Serial Identification", StringComparison.OrdinalIgnoreCase))
            return OfacXmlIdKind.AircraftSerialNumber;
        if (label.Equals("Aircraft Model", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.AircraftModel;
        if (label.Equals("Aircraft Manufacture Date", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.AircraftManufactureDate;
        if (label.Equals("Aircraft Operator", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.AircraftOperator;
        if (label.StartsWith("Aircraft Mode S Transponder", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.AircraftModeS;

        if (AttributeLabels.Contains(AttributeKey(label))) return OfacXmlIdKind.Attribute;
        // OFAC ends informational labels with " -" or ":" ("IFCA Determination -", "Executive Order 13846
        // information:"), and dates are never identifiers ("Organization Established Date", "Listing Date (EO 14024 Directive 2):").
        if (label.EndsWith('-') || label.EndsWith(':')) return OfacXmlIdKind.Attribute;
        if (label.Contains(" Date", StringComparison.OrdinalIgnoreCase)) return OfacXmlIdKind.Attribute;
        return OfacXmlIdKind.Identifier;
    }

    /// <summary>The label without OFAC's trailing separator: <c>Additional Sanctions Information -</c> → <c>Additional Sanctions Information</c>.</summary>
    public static string AttributeKey(string idType) => idType.Trim().TrimEnd('-', ':').TrimEnd();
}
