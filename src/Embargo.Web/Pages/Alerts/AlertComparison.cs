using System.Text;
using System.Text.Json;
using Embargo.Core.Model;

namespace Embargo.Web.Pages.Alerts;

/// <summary>
/// The party as screened (the alert's canonical party data) beside the listed entity as it was when the alert was
/// raised, fact by fact, saying where they differ. For the reviewer's eye only: the score and its explanation are the
/// engine's; this never changes a decision.
/// </summary>
public static class AlertComparison
{
    public static IReadOnlyList<ComparedField> Compare(string partyData, ListEntry entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var json = JsonDocument.Parse(partyData);
        var party = json.RootElement;
        string? Text(string name) => party.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var partyNames = new List<string>();
        if (Text("name") is { } name) partyNames.Add(name);
        if (party.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
            partyNames.AddRange(aliases.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!));
        var listedNames = entity.Aliases.Prepend(entity.Name).Select(n => n.Full).Distinct(StringComparer.Ordinal).ToList();

        var rows = new List<ComparedField>
        {
            new("Name", partyNames, listedNames, NameState(partyNames, listedNames)),
            Single("Kind", Text("kind"), entity.Kind == EntityKind.Unknown ? null : entity.Kind.ToString().ToLowerInvariant()),
            BirthDate(Text("birth_date"), entity),
            Country(Text("country"), entity),
            IdNumber(Text("id_number"), entity),
            Single("Gender", Text("gender"), entity.Gender),
        };
        return rows;
    }

    private static FieldState NameState(List<string> party, List<string> listed)
    {
        if (party.Count == 0 || listed.Count == 0) return FieldState.Unknown;
        var keys = listed.Select(NameKey).ToHashSet(StringComparer.Ordinal);
        return party.Any(p => keys.Contains(NameKey(p))) ? FieldState.Same : FieldState.Differs;
    }

    // Word order and punctuation aside: "Won Ho Ri" and "RI WON HO" are the same name written two ways.
    private static string NameKey(string name) =>
        string.Join(' ', Alphanumeric(name, keepSpaces: true).Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private static ComparedField Single(string label, string? party, string? listed) =>
        new(label, Values(party), Values(listed),
            party is null || listed is null ? FieldState.Unknown
            : string.Equals(party, listed, StringComparison.OrdinalIgnoreCase) ? FieldState.Same : FieldState.Differs);

    private static ComparedField BirthDate(string? party, ListEntry entity)
    {
        var listed = entity.BirthDates.Select(d => d.Text).ToList();
        if (party is null || entity.BirthDates.Count == 0 || !PartialDate.TryParseIso(party, out var date))
            return new("Date of birth", Values(party), listed, FieldState.Unknown);
        var same = entity.BirthDates.Any(d => d.Date is { } from && Compatible(date, from, d.To, d.Circa));
        return new("Date of birth", Values(party), listed, same ? FieldState.Same : FieldState.Differs);
    }

    private static bool Compatible(PartialDate party, PartialDate from, PartialDate? to, bool circa)
    {
        var slack = circa ? 1 : 0;
        if (to is { } end) return party.Year >= from.Year - slack && party.Year <= end.Year + slack;
        if (Math.Abs(party.Year - from.Year) > slack) return false;
        if (circa) return true;
        if (party.Month is { } pm && from.Month is { } fm && pm != fm) return false;
        return party.Day is not { } pd || from.Day is not { } fd || pd == fd;
    }

    private static ComparedField Country(string? party, ListEntry entity)
    {
        var listed = new List<string>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in entity.Nationalities.Concat(entity.Citizenships))
        {
            listed.Add(c.Code is null ? c.Name : $"{c.Name} ({c.Code})");
            if (c.Code is not null) codes.Add(c.Code);
        }
        foreach (var a in entity.Addresses)
        {
            if (a.CountryCode is null) continue;
            if (codes.Add(a.CountryCode)) listed.Add($"{a.Country ?? a.CountryCode} ({a.CountryCode}, address)");
        }
        var state = party is null || codes.Count == 0 ? FieldState.Unknown : codes.Contains(party) ? FieldState.Same : FieldState.Differs;
        return new("Country", Values(party), listed.Distinct(StringComparer.Ordinal).ToList(), state);
    }

    private static ComparedField IdNumber(string? party, ListEntry entity)
    {
        var listed = entity.Identifiers.Select(i => $"{i.Type} {i.Number}").ToList();
        if (party is null || entity.Identifiers.Count == 0) return new("ID number", Values(party), listed, FieldState.Unknown);
        var key = Alphanumeric(party, keepSpaces: false);
        var same = entity.Identifiers.Any(i => string.Equals(Alphanumeric(i.Number, keepSpaces: false), key, StringComparison.Ordinal));
        return new("ID number", Values(party), listed, same ? FieldState.Same : FieldState.Differs);
    }

    private static string Alphanumeric(string text, bool keepSpaces)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToUpperInvariant(c));
            else if (keepSpaces) builder.Append(' ');
        }
        return builder.ToString();
    }

    private static IReadOnlyList<string> Values(string? value) => value is null ? [] : [value];
}
