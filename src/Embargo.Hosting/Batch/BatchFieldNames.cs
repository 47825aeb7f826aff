namespace Embargo.Hosting.Batch;

/// <summary>
/// The column names customer files use for each field, and the names <c>--map column=field</c> accepts. Names
/// compare without case, spaces, underscores, hyphens or dots: "Date of Birth", "date_of_birth" and "DOB" alike.
/// </summary>
public static class BatchFieldNames
{
    private static readonly Dictionary<string, BatchField> Headers = Build(
        (BatchField.Id, ["id", "record_id", "customer_id", "client_id", "party_id", "reference", "ref"]),
        (BatchField.Name, ["name", "full_name", "party_name", "entity_name", "company_name", "customer_name", "client_name"]),
        (BatchField.FirstName, ["first_name", "given_name", "given_names", "forename", "forenames"]),
        (BatchField.MiddleName, ["middle_name", "middle_names"]),
        (BatchField.LastName, ["last_name", "surname", "family_name"]),
        (BatchField.Kind, ["type", "kind", "schema", "entity_type", "party_type"]),
        (BatchField.BirthDate, ["dob", "date_of_birth", "birth_date", "birthdate", "date_of_incorporation", "incorporation_date"]),
        (BatchField.Country, ["country", "nationality", "citizenship", "country_code", "country_of_residence", "jurisdiction"]),
        (BatchField.IdNumber, ["id_number", "passport", "passport_number", "passport_no", "national_id", "tax_id", "registration_number", "identifier"]),
        (BatchField.Address, ["address", "street_address", "full_address"]),
        (BatchField.Gender, ["gender", "sex"]));

    private static readonly Dictionary<string, BatchField> Targets = Build(
        (BatchField.Id, ["id"]),
        (BatchField.Name, ["name", "full_name"]),
        (BatchField.FirstName, ["first_name"]),
        (BatchField.MiddleName, ["middle_name"]),
        (BatchField.LastName, ["last_name"]),
        (BatchField.Kind, ["kind", "type"]),
        (BatchField.BirthDate, ["dob", "date_of_birth", "birth_date"]),
        (BatchField.Country, ["country", "nationality"]),
        (BatchField.IdNumber, ["id_number"]),
        (BatchField.Address, ["address"]),
        (BatchField.Gender, ["gender"]),
        (BatchField.Ignore, ["ignore", "skip", "-"]));

    /// <summary>The field names <c>--map</c> accepts, for help and error messages.</summary>
    public const string TargetList = "id, name, first_name, middle_name, last_name, kind, dob, country, id_number, address, gender, ignore";

    /// <summary>The field a header names, or null when it names none Embargo knows.</summary>
    public static BatchField? FromHeader(string header) =>
        Headers.TryGetValue(Normalize(header), out var field) ? field : null;

    /// <summary>The field a <c>--map</c> target names, or null when it is not one of <see cref="TargetList"/>.</summary>
    public static BatchField? FromTarget(string target) =>
        Targets.TryGetValue(Normalize(target), out var field) ? field : null;

    /// <summary>A header as compared: lower case, without spaces, underscores, hyphens or dots.</summary>
    public static string Normalize(string header)
    {
        Span<char> buffer = stackalloc char[Math.Min(header.Length, 128)];
        var length = 0;
        foreach (var c in header.AsSpan().Trim())
        {
            if (c is ' ' or '_' or '-' or '.' or '\uFEFF') continue;
            if (length == buffer.Length) break;
            buffer[length++] = char.ToLowerInvariant(c);
        }
        // "-" alone is a --map target ("ignore"): keep it rather than reduce it to nothing.
        return length == 0 ? header.Trim() : new string(buffer[..length]);
    }

    private static Dictionary<string, BatchField> Build(params (BatchField Field, string[] Names)[] table)
    {
        var map = new Dictionary<string, BatchField>(StringComparer.Ordinal);
        foreach (var (field, names) in table)
        {
            foreach (var name in names) map[Normalize(name)] = field;
        }
        return map;
    }
}
