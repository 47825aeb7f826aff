using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Matching;

namespace Embargo.Evaluation.Data;

/// <summary>
/// Reads the people files (negatives_*.csv, us_congress_members.csv: full_name, …, gender, date_of_birth,
/// nationality as a country NAME). A row without a name is skipped; an unreadable date or an unknown country
/// is reported once and the person screened without it.
/// </summary>
internal static class PersonQueries
{
    private static readonly string[] Columns = ["full_name", "gender", "date_of_birth", "nationality"];

    public static IReadOnlyList<PersonQuery> Load(string path, int? limit, DataIssues issues)
    {
        var queries = new List<PersonQuery>();
        var unknownCountries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, Columns, issues))
        {
            if (queries.Count == limit) break;
            var name = row.Optional("full_name");
            if (name is null)
            {
                issues.Report(path, row.Line, "empty full_name; row skipped");
                continue;
            }
            if (!BenchDates.TryParse(row["date_of_birth"], out var birthDate))
                issues.Report(path, row.Line, $"date of birth '{row["date_of_birth"]}' unreadable; screened without it");
            var nationality = row.Optional("nationality");
            var country = CountryCodes.Resolve(nationality);
            if (nationality is not null && country is null && unknownCountries.Add(nationality))
                issues.Report(path, row.Line, $"nationality '{nationality}' not resolved to a country code; screened without it (first of its rows)");
            // The negatives also say "other": no evidence either way, so the query carries no gender.
            var gender = row.Optional("gender")?.ToLowerInvariant();
            var query = new MatchQuery
            {
                Name = name, Kind = EntityKind.Person, BirthDate = birthDate, Country = country,
                Gender = gender is "male" or "female" ? gender : null,
            };
            queries.Add(new PersonQuery(row.Line, name, gender, nationality, query));
        }
        return queries;
    }
}
