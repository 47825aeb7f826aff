using Embargo.Matching.Scoring;

namespace Embargo.Matching.Explain;

/// <summary>The algorithm's features as API clients see them (yente's <c>/algorithms</c>, our <c>/v1/algorithm</c>).</summary>
public static class FeatureDescriptions
{
    public sealed record FeatureDoc(string Id, double Weight, string Description);

    public static IReadOnlyList<FeatureDoc> All { get; } = Algorithm.Features.Select(f => new FeatureDoc(f.Id, f.Weight, Describe(f.Id))).ToArray();

    private static string Describe(string id) => id switch
    {
        "name_similarity" => "How well the best of the entity's names aligns with the query name, token by token, each token weighted by its rarity across the lists (0 to 1).",
        "name_order" => "The name parts appear in a different order than surname-first or surname-last.",
        "id_match" => "An identifier of the query (passport, national ID, IMO, registration number) equals one of the entity's.",
        "dob_match" => "The date of birth or incorporation agrees with one of the entity's.",
        "dob_year_mismatch" => "The years of birth are disjoint (beyond the stated range or circa tolerance).",
        "dob_day_mismatch" => "Same year but a different month or day (a day/month swap is not counted).",
        "country_match" => "The country agrees with one of the entity's nationalities, citizenships or addresses.",
        "country_mismatch" => "The country differs from every country the entity is linked to.",
        "kind_mismatch" => "The query is a different kind of party (person, organization, vessel, aircraft).",
        "gender_mismatch" => "The gender differs from the entity's.",
        "weak_alias" => "The matched name is one the publisher calls a weak or low-quality alias.",
        _ => id.Replace('_', ' '),
    };
}
