using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>
/// The span of years a listing's dates of birth allow, circa slack included, gathered once per entity: a query born
/// outside it disagrees with every listed date, which is told without reading them (most candidates of a query with
/// a birth date are).
/// </summary>
internal readonly record struct BirthYears(int Lowest, int Highest)
{
    /// <summary>No dated birth: nothing to disagree with.</summary>
    public static readonly BirthYears None = new(int.MaxValue, int.MinValue);

    public static BirthYears Of(ListEntry entry)
    {
        var (lowest, highest) = (int.MaxValue, int.MinValue);
        foreach (var dob in entry.BirthDates)
        {
            if (dob.Date is not { } from) continue;
            var slack = dob.Circa ? Dates.CircaYears : 0;
            lowest = Math.Min(lowest, from.Year - slack);
            highest = Math.Max(highest, (dob.To ?? from).Year + slack);
        }
        return new BirthYears(lowest, highest);
    }

    /// <summary>No listed date has a year.</summary>
    public bool IsEmpty => Lowest > Highest;

    /// <summary>Whether the query's year is outside every listed date (false when there is none).</summary>
    public bool Excludes(PartialDate? query) => query is { } q && Lowest <= Highest && (q.Year < Lowest || q.Year > Highest);
}
