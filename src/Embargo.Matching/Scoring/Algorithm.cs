namespace Embargo.Matching.Scoring;

/// <summary>
/// The scoring algorithm, declared as data: the name score, then secondary evidence that raises or lowers it.
/// Score = clamp(Σ weight × value, 0, 1).
/// </summary>
internal static class Algorithm
{
    public const string Name = "embargo-v1";

    public static readonly Feature[] Features =
    [
        new("name_similarity", 1.0, static (in ScoringContext c) => new FeatureValue(c.NameScore, null)),
        new("name_order", Tuning.NameOrderPenalty, static (in ScoringContext c) =>
            c.NameOrderBroken ? new FeatureValue(1, "the names' parts appear in another order (not just surname first or last)") : FeatureValue.None),
        new("lineage_swapped", Tuning.LineageSwapPenalty, static (in ScoringContext c) =>
            c.LineageSwapped ? new FeatureValue(1, "a name and a father's name changed places around bin/ibn (A bin B against B bin A)") : FeatureValue.None),
        new("legal_form_mismatch", Tuning.LegalFormMismatchPenalty, static (in ScoringContext c) =>
            c.LegalFormsDiffer ? new FeatureValue(1, "the names carry legal forms of different kinds (as AG against GmbH)") : FeatureValue.None),
        new("number_mismatch", Tuning.NumberMismatchPenalty, static (in ScoringContext c) =>
            c.NumbersDiffer ? new FeatureValue(1, "one organisation's name has a number the other lacks or gives otherwise (Fund II against Fund)") : FeatureValue.None),
        new("id_match", 1.0, Evidence.IdMatch),
        new("dob_match", Tuning.DobMatchBonus, Evidence.DobMatch),
        new("dob_year_mismatch", Tuning.DobYearMismatchPenalty, Evidence.DobYearMismatch),
        new("dob_day_mismatch", Tuning.DobDayMismatchPenalty, Evidence.DobDayMismatch),
        new("country_match", Tuning.CountryMatchBonus, Evidence.CountryMatch),
        new("country_mismatch", Tuning.CountryMismatchPenalty, Evidence.CountryMismatch),
        new("kind_mismatch", Tuning.KindMismatchPenalty, Evidence.KindMismatch),
        new("gender_mismatch", Tuning.GenderMismatchPenalty, Evidence.GenderMismatch),
        new("weak_alias", Tuning.WeakAliasPenalty, Evidence.WeakAlias),
    ];
}
