namespace Embargo.Matching.Scoring;

/// <summary>
/// The result of aligning two names: the score, whether the paired tokens appear in a broken order, and whether
/// the names on either side of a lineage particle changed places (A bin B against B bin A), and whether the two
/// names carry legal forms of different kinds (AG against GmbH).
/// </summary>
internal readonly record struct NameScore(double Score, bool OrderBroken, bool LineageSwapped = false, bool LegalFormsDiffer = false,
    bool NumbersDiffer = false)
{
    /// <summary>The score with the order penalties applied: what ranks the names of one entity.</summary>
    public double Effective => Score + (OrderBroken ? Tuning.NameOrderPenalty : 0) + (LineageSwapped ? Tuning.LineageSwapPenalty : 0)
        + (LegalFormsDiffer ? Tuning.LegalFormMismatchPenalty : 0)
        + (NumbersDiffer ? Tuning.NumberMismatchPenalty : 0);
}
