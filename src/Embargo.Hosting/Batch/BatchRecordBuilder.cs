using System.Globalization;
using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Matching;

namespace Embargo.Hosting.Batch;

/// <summary>
/// Collects the field values of one input record (the first non-empty value wins when several columns hold
/// the same field) and turns them into a query, or into an error that says what is wrong with the record.
/// A country Embargo cannot resolve and a gender it does not know are left out rather than failing the record:
/// they only refine a score. A bad date or type is an error: it would silently change what is screened.
/// </summary>
internal sealed class BatchRecordBuilder
{
    private static readonly int FieldCount = Enum.GetValues<BatchField>().Length;
    private readonly string?[] _values = new string?[FieldCount];

    public void Clear() => Array.Clear(_values);

    public void Set(BatchField field, string? value)
    {
        if (field == BatchField.Ignore || string.IsNullOrWhiteSpace(value)) return;
        _values[(int)field] ??= value.Trim();
    }

    public BatchRecord Build(long sequence, long line)
    {
        var id = _values[(int)BatchField.Id] ?? line.ToString(CultureInfo.InvariantCulture);
        var name = _values[(int)BatchField.Name] ?? JoinedName();
        if (name is null) return Error("no name");

        EntityKind? kind = null;
        if (_values[(int)BatchField.Kind] is { } kindText)
        {
            kind = ParseKind(kindText);
            if (kind is null) return Error($"type '{kindText}' is not one of person, organization, vessel, aircraft");
            if (kind == EntityKind.Unknown) kind = null;
        }

        PartialDate? birthDate = null;
        if (_values[(int)BatchField.BirthDate] is { } dateText)
        {
            if (!TryParseDate(dateText, out var date)) return Error($"date of birth '{dateText}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
            birthDate = date;
        }

        var query = new MatchQuery
        {
            Name = name,
            Kind = kind,
            BirthDate = birthDate,
            Country = _values[(int)BatchField.Country] is { } country ? CountryCodes.Resolve(country) : null,
            IdNumber = _values[(int)BatchField.IdNumber],
            Gender = ParseGender(_values[(int)BatchField.Gender]),
        };
        return new BatchRecord(sequence, line, id, query, null, _values[(int)BatchField.Address]);

        BatchRecord Error(string message) => new(sequence, line, id, null, message);
    }

    // First, middle and last name columns make the name when no column holds it whole.
    private string? JoinedName()
    {
        var first = _values[(int)BatchField.FirstName];
        var middle = _values[(int)BatchField.MiddleName];
        var last = _values[(int)BatchField.LastName];
        if (first is null && middle is null && last is null) return null;
        return string.Join(' ', new[] { first, middle, last }.Where(p => p is not null));
    }

    public static EntityKind? ParseKind(string text) => BatchFieldNames.Normalize(text) switch
    {
        "person" or "individual" or "naturalperson" or "people" => EntityKind.Person,
        "organization" or "organisation" or "company" or "entity" or "legalentity" or "corporate" or "corporation"
            or "business" or "publicbody" => EntityKind.Organization,
        "vessel" or "ship" => EntityKind.Vessel,
        "aircraft" or "airplane" or "plane" => EntityKind.Aircraft,
        "unknown" or "thing" => EntityKind.Unknown,
        _ => null,
    };

    // ISO dates, and the same year-first order with slashes or dots (2001/02/03): no day-first guessing.
    private static bool TryParseDate(string text, out PartialDate date)
    {
        if (PartialDate.TryParseIso(text, out date)) return true;
        var trimmed = text.Trim();
        if (trimmed.Length > 10 && trimmed[10] is 'T' or ' ' && PartialDate.TryParseIso(trimmed.AsSpan(0, 10), out date)) return true;
        if (trimmed.Length is 7 or 10 && trimmed[4] is '/' or '.')
            return PartialDate.TryParseIso(trimmed.Replace(trimmed[4], '-'), out date);
        return false;
    }

    private static string? ParseGender(string? text) => text is null ? null : BatchFieldNames.Normalize(text) switch
    {
        "m" or "male" or "man" => "male",
        "f" or "female" or "woman" => "female",
        _ => null,
    };
}
