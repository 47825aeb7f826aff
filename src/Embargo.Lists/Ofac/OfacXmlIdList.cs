using System.Text.RegularExpressions;
using System.Xml.Linq;
using Embargo.Core.Countries;
using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Collects one entry's <c>idList</c>: identity documents, and the facts OFAC stores as ids (gender, websites,
/// CAATSA measures, vessel and aircraft particulars), each sent to its field.
/// </summary>
internal sealed partial class OfacXmlIdList
{
    private const string CaatsaAuthority = "CAATSA Section 235";

    public List<IdentityDocument> Identifiers { get; } = [];
    public List<EntryAttribute> Attributes { get; } = [];
    public List<SanctionMeasure> Measures { get; } = [];
    public string? Gender { get; private set; }

    public string? Imo { get; private set; }
    public string? Mmsi { get; private set; }
    public string? BuildYear { get; private set; }

    public string? TailNumber { get; private set; }
    public string? SerialNumber { get; private set; }
    public string? AircraftModel { get; private set; }
    public string? ManufactureDate { get; private set; }
    public string? Operator { get; private set; }
    public string? ModeS { get; private set; }

    public bool HasAircraftFacts =>
        TailNumber is not null || SerialNumber is not null || AircraftModel is not null ||
        ManufactureDate is not null || Operator is not null || ModeS is not null;

    public bool HasVesselFacts => Imo is not null || Mmsi is not null || BuildYear is not null;

    /// <summary>Adds one <c>&lt;id&gt;</c>; returns false when it has no number (nothing to keep but its label).</summary>
    public bool Add(XElement id)
    {
        var type = id.Text("idType");
        var number = id.Text("idNumber");
        if (number is null) return false;
        var row = new IdRow(type ?? "ID", number, id.Text("idCountry"), id.Text("issueDate"), id.Text("expirationDate"));

        switch (OfacXmlIdTypes.Classify(row.Type))
        {
            case OfacXmlIdKind.Gender:
                if (Gender is null) Gender = number.ToLowerInvariant();
                else AddAttribute(row);
                break;
            case OfacXmlIdKind.Caatsa235:
                Measures.Add(Caatsa(number));
                break;
            case OfacXmlIdKind.Attribute:
                AddAttribute(row);
                break;
            case OfacXmlIdKind.VesselImo:
                Imo ??= StripImoPrefix(number);
                AddIdentifier(row);
                break;
            case OfacXmlIdKind.VesselMmsi:
                Mmsi ??= number;
                AddIdentifier(row);
                break;
            case OfacXmlIdKind.AircraftTailNumber:
                TailNumber ??= number;
                AddIdentifier(row);
                break;
            case OfacXmlIdKind.AircraftSerialNumber:
                SerialNumber ??= number;
                AddIdentifier(row);
                break;
            case OfacXmlIdKind.AircraftModeS:
                ModeS ??= number;
                AddIdentifier(row);
                break;
            case OfacXmlIdKind.VesselBuildYear:
                BuildYear = FirstOrAttribute(BuildYear, row);
                break;
            case OfacXmlIdKind.AircraftModel:
                AircraftModel = FirstOrAttribute(AircraftModel, row);
                break;
            case OfacXmlIdKind.AircraftManufactureDate:
                ManufactureDate = FirstOrAttribute(ManufactureDate, row);
                break;
            case OfacXmlIdKind.AircraftOperator:
                Operator = FirstOrAttribute(Operator, row);
                break;
            default:
                AddIdentifier(row);
                break;
        }
        return true;
    }

    private void AddIdentifier(IdRow row) =>
        Identifiers.Add(new IdentityDocument
        {
            Type = row.Type,
            Number = row.Number,
            Country = row.Country,
            CountryCode = CountryCodes.Resolve(row.Country),
            IssueDate = row.Issued,
            ExpiryDate = row.Expires,
        });

    // A detail field holds one value; a second one (two aircraft models) is kept as an attribute.
    private string FirstOrAttribute(string? current, IdRow row)
    {
        if (current is null) return row.Number;
        AddAttribute(row);
        return current;
    }

    private void AddAttribute(IdRow row)
    {
        // The rare extra columns of a fact stay with its value rather than being dropped.
        var text = row.Number;
        if (row.Country is not null) text += $" ({row.Country})";
        if (row.Issued is not null) text += $" issued {row.Issued}";
        if (row.Expires is not null) text += $" expires {row.Expires}";
        Attributes.Add(new EntryAttribute(OfacXmlIdTypes.AttributeKey(row.Type), text));
    }

    /// <summary><c>EXPORT SANCTIONS Sec. 235(a)(2)</c> → description and reference.</summary>
    private static SanctionMeasure Caatsa(string text)
    {
        var match = SectionReference().Match(text);
        if (!match.Success) return new SanctionMeasure(CaatsaAuthority, text.TrimEnd('.', ' '));
        var description = text[..match.Index].TrimEnd('.', ' ', ';', ',');
        return new SanctionMeasure(CaatsaAuthority, description.Length == 0 ? text : description, match.Groups["ref"].Value);
    }

    /// <summary>One <c>&lt;id&gt;</c> as published.</summary>
    private readonly record struct IdRow(string Type, string Number, string? Country, string? Issued, string? Expires);

    // "IMO 7406784" in "Vessel Registration Identification"; the number alone is the IMO number.
    private static string StripImoPrefix(string number) =>
        number.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? number[3..].Trim() : number;

    // "Sec. 235(a)(2)", "Sec 235(a)(12)", at the end of the measure text.
    [GeneratedRegex(@"\bSec(?:tion)?\.?\s*(?<ref>\d+(?:\([0-9A-Za-z]+\))*)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionReference();
}
