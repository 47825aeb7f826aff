using System.Globalization;
using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Matching;

using Embargo.Hosting.Parties;

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

        var kindText = _values[(int)BatchField.Kind];
        if (!PartyFields.TryParseKind(kindText, out var kind)) return Error($"type '{kindText}' is not one of {PartyFields.KindChoices}");
        var dateText = _values[(int)BatchField.BirthDate];
        if (!PartyFields.TryParseDate(dateText, out var birthDate)) return Error($"date of birth '{dateText}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
        // An unknown country or gender is left out rather than failing the record: it only weakens the evidence.
        PartyFields.TryParseCountry(_values[(int)BatchField.Country], out var country);
        PartyFields.TryParseGender(_values[(int)BatchField.Gender], out var gender);

        var query = new MatchQuery
        {
            Name = name,
            Kind = kind,
            BirthDate = birthDate,
            Country = country,
            IdNumber = _values[(int)BatchField.IdNumber],
            Gender = gender,
        };
        var idFromLine = _values[(int)BatchField.Id] is null;
        return new BatchRecord(sequence, line, id, query, null, _values[(int)BatchField.Address]) { IdFromLine = idFromLine };

        BatchRecord Error(string message) => new(sequence, line, id, null, message) { IdFromLine = _values[(int)BatchField.Id] is null };
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



}
