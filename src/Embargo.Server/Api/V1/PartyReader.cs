using System.Text.Json;
using Embargo.Hosting.Parties;
using Embargo.Matching;
using Embargo.Server.Problems;

namespace Embargo.Server.Api.V1;

/// <summary>Reads one party of the native API: <c>{"id", "name", "kind", "birth_date", "country", "id_number", "gender"}</c>.</summary>
internal static class PartyReader
{
    public const int MaxNameLength = 500;

    public static (string? Id, MatchQuery Query) Read(JsonElement party, string path)
    {
        if (party.ValueKind != JsonValueKind.Object) throw new RequestFieldException(path.Length == 0 ? "body" : path, $"must be an object, not {JsonRequest.Describe(party)}");
        var name = JsonRequest.String(party, "name", path);
        if (string.IsNullOrWhiteSpace(name)) throw new RequestFieldException(JsonRequest.Join(path, "name"), "required: the name to screen");
        if (name.Length > MaxNameLength) throw new RequestFieldException(JsonRequest.Join(path, "name"), $"longer than {MaxNameLength} characters");
        var kindText = JsonRequest.String(party, "kind", path) ?? JsonRequest.String(party, "type", path);
        if (!PartyFields.TryParseKind(kindText, out var kind))
            throw new RequestFieldException(JsonRequest.Join(path, "kind"), $"'{kindText}' is not one of {PartyFields.KindChoices}");
        var dobText = JsonRequest.String(party, "birth_date", path);
        if (!PartyFields.TryParseDate(dobText, out var birthDate))
            throw new RequestFieldException(JsonRequest.Join(path, "birth_date"), $"'{dobText}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
        var countryText = JsonRequest.String(party, "country", path);
        if (!PartyFields.TryParseCountry(countryText, out var country))
            throw new RequestFieldException(JsonRequest.Join(path, "country"), $"'{countryText}' is not a country code or name Embargo knows");
        var genderText = JsonRequest.String(party, "gender", path);
        if (!PartyFields.TryParseGender(genderText, out var gender))
            throw new RequestFieldException(JsonRequest.Join(path, "gender"), $"'{genderText}' is not male or female");
        var query = new MatchQuery
        {
            Name = name,
            Kind = kind,
            BirthDate = birthDate,
            Country = country,
            IdNumber = JsonRequest.String(party, "id_number", path),
            Gender = gender,
        };
        return (JsonRequest.String(party, "id", path), query);
    }

    /// <summary>Per-request options: <c>threshold</c>, <c>cutoff</c> and <c>limit</c>.</summary>
    public static MatchOptions ReadOptions(JsonElement body)
    {
        var threshold = JsonRequest.Number(body, "threshold", "", 0, 1) ?? Tuning.DefaultThreshold;
        var cutoff = JsonRequest.Number(body, "cutoff", "", 0, 1) ?? Math.Min(Tuning.DefaultCutoff, threshold);
        var limit = JsonRequest.Number(body, "limit", "", 1, 100) ?? 5;
        return new MatchOptions { Threshold = threshold, Cutoff = Math.Min(cutoff, threshold), Limit = (int)limit };
    }
}
