using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>Compares a query's date of birth with every date a listing gives: exact, partial, ranges, circa, swaps.</summary>
internal static class Dates
{
    /// <summary>Years either side of a "circa" date that still agree with it.</summary>
    public const int CircaYears = 2;

    public static DateAgreement Compare(PartialDate? query, ListEntry entry)
    {
        var dates = entry.BirthDates;
        if (query is not { } q || dates.Count == 0) return DateAgreement.Unknown;
        var best = DateAgreement.Unknown;
        // By index: read for every candidate, and a foreach over the interface would allocate its enumerator.
        for (var i = 0; i < dates.Count; i++)
        {
            var dob = dates[i];
            if (dob.Date is not { } from) continue;
            var to = dob.To ?? from;
            var slack = dob.Circa ? CircaYears : 0;
            DateAgreement agreement;
            if (q.Year < from.Year - slack || q.Year > to.Year + slack) agreement = DateAgreement.DifferentYear;
            else if (dob.To is not null || dob.Circa) agreement = DateAgreement.Compatible;
            else if (q.Month is null || from.Month is null) agreement = q.Year == from.Year && q.Month is null && from.Month is null ? DateAgreement.Same : DateAgreement.Compatible;
            else if (q.Day is null || from.Day is null) agreement = q.Month == from.Month ? DateAgreement.Same : DateAgreement.DifferentDay;
            else if ((q.Month == from.Month && q.Day == from.Day) || (q.Month == from.Day && q.Day == from.Month)) agreement = DateAgreement.Same;
            else agreement = DateAgreement.DifferentDay;
            if (Rank(agreement) > Rank(best)) best = agreement;
        }
        return best;
    }

    /// <summary>The listed dates as published, for explanations.</summary>
    public static string Listed(ListEntry entry) => string.Join("; ", entry.BirthDates.Select(d => d.Text));

    // The most favourable reading wins: any listed date that agrees is enough.
    private static int Rank(DateAgreement a) => a switch
    {
        DateAgreement.Same => 4,
        DateAgreement.Compatible => 3,
        DateAgreement.DifferentDay => 2,
        DateAgreement.DifferentYear => 1,
        _ => 0,
    };
}
