using Embargo.Core.Model;
using Embargo.Matching;

namespace Embargo.Evaluation.Data;

/// <summary>
/// Reads un_positives_*.csv (query_id, full_name, date_of_birth, place_of_birth, nationality as lowercase ISO2,
/// gold_un_dataid). The gold field may hold several DATAIDs separated by spaces (one person listed twice), or
/// none (a person since delisted): any of them counts, and a query without one is kept for the caller to set aside.
/// </summary>
internal static class UnPositiveQueries
{
    private static readonly string[] Columns = ["query_id", "full_name", "date_of_birth", "nationality", "gold_un_dataid"];

    public static IReadOnlyList<UnPositiveQuery> Load(string path, DataIssues issues)
    {
        var queries = new List<UnPositiveQuery>();
        foreach (var row in CsvFile.Read(path, Columns, issues))
        {
            var name = row.Optional("full_name");
            if (name is null)
            {
                issues.Report(path, row.Line, "empty full_name; row skipped");
                continue;
            }
            var dateText = row["date_of_birth"].Trim();
            if (!BenchDates.TryParse(dateText, out var birthDate))
                issues.Report(path, row.Line, $"{row["query_id"]}: date of birth '{dateText}' is not a date; screened without it");
            var nationality = row["nationality"].Trim();
            if (nationality.Length is not (0 or 2))
                issues.Report(path, row.Line, $"{row["query_id"]}: nationality '{nationality}' is not an ISO 3166 alpha-2 code; screened without it");
            var gold = row["gold_un_dataid"].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(id => ListSources.EntityId(ListSources.UnSecurityCouncil, id))
                .ToHashSet(StringComparer.Ordinal);
            var query = new MatchQuery
            {
                Name = name,
                Kind = EntityKind.Person,
                BirthDate = birthDate,
                Country = nationality.Length == 2 ? nationality.ToUpperInvariant() : null,
            };
            queries.Add(new UnPositiveQuery(row["query_id"].Trim(), row.Line, name, dateText, nationality, gold, query));
        }
        return queries;
    }
}
