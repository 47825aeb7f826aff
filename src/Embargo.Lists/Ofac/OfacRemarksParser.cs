using System.Text.RegularExpressions;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Reads the facts in OFAC remarks (<c>DOB 11 Aug 1965; POB Moscow, Russia; nationality Russia; Gender Male.</c>)
/// into the entry model. Pure: text in, facts out. Every item lands somewhere: a fact it recognises goes to its
/// field; anything else becomes an attribute under OFAC's own label (or <see cref="FreeTextKey"/> when it has none),
/// so nothing is lost. A leading <c>alt.</c> only says "another value of the same kind" and is dropped.
/// </summary>
internal static partial class OfacRemarksParser
{
    /// <summary>The attribute key for remarks that carry no label (<c>ICTY indictee.</c>).</summary>
    public const string FreeTextKey = "Remark";

    public const string LinkedTo = "linked-to";

    private const string DigitalCurrencyAddress = "Digital Currency Address - ";

    /// <summary>A colon further into an item than this ends a sentence, not a label.</summary>
    private const int MaxLabelLength = 100;

    public static OfacRemarks Parse(string? remarks)
    {
        var result = new OfacRemarks();
        if (OfacCsvFields.IsEmpty(remarks)) return result;
        var items = OfacRemarksSplitter.Split(remarks!);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            // OFAC ends the whole remarks with a full stop; it belongs to no item.
            if (i == items.Count - 1 && item.EndsWith('.')) item = item[..^1].TrimEnd();
            if (item.Length > 0) ReadItem(StripAlt(item), result);
        }
        OfacRemarksCraft.Finish(result);
        return result;
    }

    private static void ReadItem(string item, OfacRemarks r)
    {
        if (OfacRemarksNames.TryParse(item, out var alias)) { r.Aliases.Add(alias); return; }
        if (TryValue(item, "DOB", out var value)) { ReadBirthDate(value, r); return; }
        if (TryValue(item, "POB", out value)) { r.BirthPlaces.Add(OfacRemarksPlaces.Parse(value)); return; }
        if (TryValue(item, "nationality", out value)) { r.Nationalities.Add(OfacRemarksPlaces.Country(value)); return; }
        if (TryValue(item, "citizen", out value)) { r.Citizenships.Add(OfacRemarksPlaces.Country(value)); return; }
        if (TryValue(item, "Gender", out value)) { ReadGender(value, r); return; }
        if (item.StartsWith("Linked To:", StringComparison.Ordinal))
        {
            // Names keep their full stops ("... CO., LTD."): only the remarks' final one was dropped.
            var target = item["Linked To:".Length..].Trim();
            if (target.Length > 0) { r.Relations.Add(new Relation(LinkedTo, target)); return; }
        }
        if (TryMeasure(item, r)) return;
        if (TryKnownIdentifier(item, r)) return;

        var label = OfacRemarksCraft.Labels.Match(item);
        if (label is not null && OfacRemarksCraft.TryApply(label, Clean(OfacRemarksLabelSet.ValueAfter(item, label)), r)) return;

        label = OfacRemarksLabels.Positions.Match(item);
        if (label is not null && TryValue(item, label, out value)) { r.Positions.Add(value); return; }

        if (OfacRemarksLabels.Attributes.Match(item) is null &&
            OfacRemarksIdentifiers.LooksLikeIdentifier(item, out var type, out value) &&
            AddIdentifier(type, value, r))
        {
            return;
        }
        r.Attributes.Add(ToAttribute(item));
    }

    private static void ReadBirthDate(string value, OfacRemarks r)
    {
        var date = DateText.ReadBirthDate(value, out var readable);
        if (!readable) r.Problems.Add($"unreadable date of birth '{value}'");
        r.BirthDates.Add(date);
    }

    private static void ReadGender(string value, OfacRemarks r)
    {
        var gender = value.Equals("Male", StringComparison.OrdinalIgnoreCase) ? "male"
            : value.Equals("Female", StringComparison.OrdinalIgnoreCase) ? "female"
            : null;
        if (gender is not null && (r.Gender is null || r.Gender == gender)) r.Gender = gender;
        else r.Attributes.Add(new EntryAttribute("Gender", value));
    }

    // CAATSA Section 235 Information: EXPORT SANCTIONS Sec. 235(a)(2)
    // Executive Order 13846 information: FOREIGN EXCHANGE.  Sec. 5(a)(ii)
    [GeneratedRegex(@"^(?<authority>CAATSA Section \d+|Executive Order \d+) [Ii]nformation:\s*(?<description>.+?)(?:\.?\s+Sec\.?\s*(?<reference>\d+\(\S*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasurePattern();

    private static bool TryMeasure(string item, OfacRemarks r)
    {
        if (!item.StartsWith("CAATSA", StringComparison.Ordinal) && !item.StartsWith("Executive Order", StringComparison.Ordinal)) return false;
        var match = MeasurePattern().Match(item);
        if (!match.Success) return false;
        var reference = match.Groups["reference"];
        r.Measures.Add(new SanctionMeasure(
            match.Groups["authority"].Value,
            Clean(match.Groups["description"].Value),
            reference.Success ? reference.Value : null));
        return true;
    }

    private static bool TryKnownIdentifier(string item, OfacRemarks r)
    {
        if (item.StartsWith(DigitalCurrencyAddress, StringComparison.Ordinal))
        {
            // "Digital Currency Address - XBT 1A2b...": the currency belongs to the type, as in OFAC's XML.
            var space = item.IndexOf(' ', DigitalCurrencyAddress.Length);
            return space > 0 && AddIdentifier(item[..space], item[(space + 1)..], r);
        }
        var label = OfacRemarksLabels.Identifiers.Match(item);
        return label is not null && AddIdentifier(label, OfacRemarksLabelSet.ValueAfter(item, label), r);
    }

    private static bool AddIdentifier(string type, string value, OfacRemarks r)
    {
        if (!OfacRemarksIdentifiers.TryParse(type, value, r.Problems, out var document)) return false;
        r.Identifiers.Add(document);
        OfacRemarksCraft.ApplyVesselNumber(document, r);
        return true;
    }

    // Executive Order 14024 Directive Information - For more information...; Executive Order 13662 Directive Determination - Subject to Directive 1
    [GeneratedRegex(@"^(?<label>Executive Order \d+ (?:Directive Information|Directive Determination|[Ii]nformation))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExecutiveOrderLabel();

    private static EntryAttribute ToAttribute(string item)
    {
        var label = OfacRemarksLabels.Attributes.Match(item);
        if (label is null && item.StartsWith("Executive Order", StringComparison.Ordinal))
        {
            var match = ExecutiveOrderLabel().Match(item);
            if (match.Success) label = match.Groups["label"].Value;
        }
        if (label is not null)
        {
            var value = OfacRemarksLabelSet.ValueAfter(item, label);
            return new EntryAttribute(label, value.Length == 0 ? item : value);
        }

        // "Listing Date (EO 14024 Directive 2): 24 Feb 2022", "Tribe: Noorzai": a colon ends a label. A dash does
        // not: "Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION" is one phrase.
        var colon = item.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && colon <= MaxLabelLength)
        {
            var key = item[..colon].Trim();
            var value = item[(colon + 2)..].Trim();
            if (key.Length > 0 && value.Length > 0) return new EntryAttribute(key, value);
        }
        return new EntryAttribute(FreeTextKey, item);
    }

    // "DOB 11 Aug 1965", also "POB: Keren Eritrea": the label, then a space or a colon, then the value.
    private static bool TryValue(string item, string label, out string value)
    {
        value = "";
        if (item.Length <= label.Length || !item.StartsWith(label, StringComparison.Ordinal)) return false;
        if (item[label.Length] is not (' ' or ':')) return false;
        value = Clean(item.AsSpan(label.Length).TrimStart(" :").ToString());
        return value.Length > 0;
    }

    private static string StripAlt(string item) =>
        item.StartsWith("alt.", StringComparison.OrdinalIgnoreCase) && item.Length > 4 && item[4] == ' ' ? item[5..].TrimStart() : item;

    // A value never ends with a full stop of its own here: "Gender Male." and "POB Mexico." mean Male and Mexico.
    private static string Clean(string value) => value.AsSpan().Trim().TrimEnd('.').TrimEnd().ToString();
}
