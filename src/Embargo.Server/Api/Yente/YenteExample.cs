using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Hosting.Parties;
using Embargo.Matching;
using Embargo.Server.Problems;

namespace Embargo.Server.Api.Yente;

/// <summary>
/// A yente query-by-example (<c>{"schema": "Person", "properties": {"name": [...], "birthDate": [...]}}</c>) read
/// into the queries we screen: one per name (and per identifier, when several are given). Values may be a
/// string or a list of strings, as yente accepts.
/// </summary>
internal sealed record YenteExample(string Schema, EntityKind? Kind, Dictionary<string, List<string>> Properties, IReadOnlyList<MatchQuery> Queries)
{
    private const int MaxValuesPerProperty = 50;
    private const int MaxQueries = 20;

    private static readonly string[] NameParts = ["firstName", "secondName", "middleName", "fatherName", "lastName"];
    private static readonly string[] CountryProperties = ["nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag"];
    private static readonly string[] DateProperties = ["birthDate", "incorporationDate", "buildDate"];
    private static readonly string[] IdProperties =
        ["idNumber", "passportNumber", "registrationNumber", "taxNumber", "innCode", "ogrnCode", "imoNumber", "mmsi", "leiCode", "swiftBic", "vatCode"];

    public static YenteExample Read(JsonElement example, string path)
    {
        if (example.ValueKind != JsonValueKind.Object) throw new RequestFieldException(path, $"must be an object, not {JsonRequest.Describe(example)}");
        var schema = JsonRequest.String(example, "schema", path) ?? throw new RequestFieldException(JsonRequest.Join(path, "schema"), "required (Person, Organization, Company, LegalEntity, Vessel, Airplane)");
        var kind = KindOf(schema, JsonRequest.Join(path, "schema"));
        if (!example.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            throw new RequestFieldException(JsonRequest.Join(path, "properties"), "required: an object of property name to values");
        var values = ReadProperties(properties, JsonRequest.Join(path, "properties"));

        var names = Values(values, "name").Concat(Values(values, "alias")).ToList();
        var joined = string.Join(' ', NameParts.SelectMany(part => Values(values, part)));
        if (!string.IsNullOrWhiteSpace(joined)) names.Add(joined);
        names = names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0) throw new RequestFieldException(JsonRequest.Join(path, "properties.name"), "required: at least one name (or firstName/lastName)");

        PartialDate? birthDate = null;
        foreach (var property in DateProperties)
        {
            foreach (var text in Values(values, property))
            {
                if (!PartyFields.TryParseDate(text, out var date))
                    throw new RequestFieldException(JsonRequest.Join(path, $"properties.{property}"), $"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
                birthDate ??= date;
            }
        }
        string? country = null;
        foreach (var property in CountryProperties)
        {
            foreach (var text in Values(values, property))
            {
                if (PartyFields.TryParseCountry(text, out var code)) country ??= code;
            }
        }
        PartyFields.TryParseGender(Values(values, "gender").FirstOrDefault(), out var gender);
        var identifiers = IdProperties.SelectMany(property => Values(values, property)).Distinct(StringComparer.Ordinal).ToList();

        var queries = new List<MatchQuery>();
        foreach (var name in names)
        {
            foreach (var id in identifiers.Count == 0 ? [null] : identifiers.Cast<string?>())
            {
                if (queries.Count == MaxQueries) break;
                queries.Add(new MatchQuery { Name = name, Kind = kind, BirthDate = birthDate, Country = country, IdNumber = id, Gender = gender });
            }
        }
        return new YenteExample(schema, kind, values, queries);
    }

    /// <summary>The kind a FollowTheMoney schema asks for; LegalEntity and Thing leave it open.</summary>
    public static EntityKind? KindOf(string schema, string field) => schema switch
    {
        "Person" => EntityKind.Person,
        "Organization" or "Company" or "PublicBody" => EntityKind.Organization,
        "Vessel" => EntityKind.Vessel,
        "Airplane" => EntityKind.Aircraft,
        "LegalEntity" or "Thing" => null,
        _ => throw new RequestFieldException(field, $"'{schema}' is not a schema Embargo matches (Person, Organization, Company, PublicBody, LegalEntity, Vessel, Airplane)"),
    };

    private static Dictionary<string, List<string>> ReadProperties(JsonElement properties, string path)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            var list = new List<string>();
            var field = $"{path}.{property.Name}";
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    list.Add(property.Value.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        if (item.ValueKind is JsonValueKind.String) list.Add(item.GetString()!);
                        else if (item.ValueKind is JsonValueKind.Number) list.Add(item.GetRawText());
                        else if (item.ValueKind is not JsonValueKind.Null) throw new RequestFieldException(field, $"values must be strings, not {JsonRequest.Describe(item)}");
                    }
                    break;
                case JsonValueKind.Number:
                    list.Add(property.Value.GetRawText());
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    throw new RequestFieldException(field, $"must be a string or a list of strings, not {JsonRequest.Describe(property.Value)}");
            }
            if (list.Count > MaxValuesPerProperty) throw new RequestFieldException(field, $"more than {MaxValuesPerProperty} values");
            if (list.Any(v => v.Length > 1000)) throw new RequestFieldException(field, "a value is longer than 1,000 characters");
            values[property.Name] = list;
        }
        return values;
    }

    private static IEnumerable<string> Values(Dictionary<string, List<string>> values, string property) =>
        values.TryGetValue(property, out var list) ? list : [];
}
