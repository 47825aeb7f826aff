using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Vessel and aircraft particulars in remarks. The first value of a kind fills <see cref="VesselDetails"/> or
/// <see cref="AircraftDetails"/>; numbers (IMO, MMSI, serial numbers, tail numbers, transponder codes) are also kept
/// as identifiers under OFAC's label, and further values of a detail go to attributes, so none is lost.
/// </summary>
internal static class OfacRemarksCraft
{
    public const string VesselRegistration = "Vessel Registration Identification";
    public const string Mmsi = "MMSI";
    public const string VesselBuildYear = "Vessel Year of Build";
    public const string AircraftModel = "Aircraft Model";
    public const string AircraftOperator = "Aircraft Operator";
    public const string AircraftManufactureDate = "Aircraft Manufacture Date";
    public const string AircraftTailNumber = "Aircraft Tail Number";
    public const string AircraftTransponder = "Aircraft Mode S Transponder Code";
    public const string AircraftMsn = "Aircraft Manufacturer's Serial Number (MSN)";
    public const string AircraftSerial = "Aircraft Serial Identification";
    public const string AircraftConstructionNumber = "Aircraft Construction Number (also called L/N or S/N or F/N)";

    /// <summary>Aircraft labels, longest first. Serial numbers are ranked: the MSN is preferred over the others.</summary>
    private static readonly string[] AircraftLabels =
    [
        AircraftConstructionNumber, AircraftMsn, AircraftTransponder, AircraftManufactureDate, AircraftSerial,
        AircraftTailNumber, AircraftOperator, AircraftModel,
    ];

    public static readonly OfacRemarksLabelSet Labels = new([.. AircraftLabels, VesselBuildYear]);

    /// <summary>Applies a vessel or aircraft item; false when the label is not one of them.</summary>
    public static bool TryApply(string label, string value, OfacRemarks remarks)
    {
        switch (label)
        {
            case VesselBuildYear:
                SetVessel(remarks, label, value, v => v.BuildYear, (v, x) => v with { BuildYear = x });
                return true;
            case AircraftModel:
                SetAircraft(remarks, label, value, a => a.Model, (a, x) => a with { Model = x });
                return true;
            case AircraftOperator:
                SetAircraft(remarks, label, value, a => a.Operator, (a, x) => a with { Operator = x });
                return true;
            case AircraftManufactureDate:
                if (!DateText.TryParse(value, out _)) remarks.Problems.Add($"unreadable {label} '{value}'");
                SetAircraft(remarks, label, value, a => a.ManufactureDate, (a, x) => a with { ManufactureDate = x });
                return true;
            case AircraftTailNumber:
                AddNumber(remarks, label, value);
                SetAircraft(remarks, label, value, a => a.TailNumber, (a, x) => a with { TailNumber = x }, keepExtra: false);
                return true;
            case AircraftTransponder:
                AddNumber(remarks, label, value);
                SetAircraft(remarks, label, value, a => a.ModeSTransponderCode, (a, x) => a with { ModeSTransponderCode = x }, keepExtra: false);
                return true;
            case AircraftMsn or AircraftSerial or AircraftConstructionNumber:
                AddNumber(remarks, label, value);
                remarks.Aircraft ??= new AircraftDetails();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Fills the vessel's IMO or MMSI from an identifier read under a vessel label.</summary>
    public static void ApplyVesselNumber(IdentityDocument document, OfacRemarks remarks)
    {
        if (string.Equals(document.Type, Mmsi, StringComparison.Ordinal))
        {
            var vessel = remarks.Vessel ?? new VesselDetails();
            if (vessel.Mmsi is null) remarks.Vessel = vessel with { Mmsi = document.Number };
        }
        else if (string.Equals(document.Type, VesselRegistration, StringComparison.Ordinal) &&
                 document.Number.StartsWith("IMO ", StringComparison.OrdinalIgnoreCase))
        {
            var vessel = remarks.Vessel ?? new VesselDetails();
            if (vessel.Imo is null) remarks.Vessel = vessel with { Imo = document.Number[4..].Trim() };
        }
    }

    /// <summary>Sets the aircraft serial number from the best of the numbers read: MSN, then serial, then construction number.</summary>
    public static void Finish(OfacRemarks remarks)
    {
        if (remarks.Aircraft is not { SerialNumber: null } aircraft) return;
        foreach (var label in (ReadOnlySpan<string>)[AircraftMsn, AircraftSerial, AircraftConstructionNumber])
        {
            var document = remarks.Identifiers.Find(d => string.Equals(d.Type, label, StringComparison.Ordinal));
            if (document is null) continue;
            remarks.Aircraft = aircraft with { SerialNumber = document.Number };
            return;
        }
    }

    private static void AddNumber(OfacRemarks remarks, string label, string value) =>
        remarks.Identifiers.Add(new IdentityDocument { Type = label, Number = value });

    private static void SetVessel(OfacRemarks remarks, string label, string value,
        Func<VesselDetails, string?> get, Func<VesselDetails, string, VesselDetails> set)
    {
        var vessel = remarks.Vessel ?? new VesselDetails();
        if (get(vessel) is null) remarks.Vessel = set(vessel, value);
        else remarks.Attributes.Add(new EntryAttribute(label, value));
    }

    private static void SetAircraft(OfacRemarks remarks, string label, string value,
        Func<AircraftDetails, string?> get, Func<AircraftDetails, string, AircraftDetails> set, bool keepExtra = true)
    {
        var aircraft = remarks.Aircraft ?? new AircraftDetails();
        if (get(aircraft) is null) remarks.Aircraft = set(aircraft, value);
        else if (keepExtra) remarks.Attributes.Add(new EntryAttribute(label, value)); // numbers are all in Identifiers already
    }
}
