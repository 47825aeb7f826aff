namespace Embargo.Lists.Ofac;

/// <summary>
/// What an OFAC XML <c>&lt;id&gt;</c> really holds: the XML keeps many facts besides identity documents in
/// <c>idList</c> (gender, websites, CAATSA measures, vessel and aircraft particulars).
/// </summary>
internal enum OfacXmlIdKind
{
    /// <summary>A document or registry number: passport, national ID, tax ID, SWIFT/BIC, digital currency address.</summary>
    Identifier,
    /// <summary>A fact kept under the publisher's label (<c>Website</c>, <c>Additional Sanctions Information -</c>).</summary>
    Attribute,
    Gender,
    /// <summary><c>CAATSA Section 235 Information:</c>, a menu-based measure.</summary>
    Caatsa235,
    VesselImo,
    VesselMmsi,
    VesselBuildYear,
    AircraftTailNumber,
    AircraftSerialNumber,
    AircraftModel,
    AircraftManufactureDate,
    AircraftOperator,
    AircraftModeS,
}
