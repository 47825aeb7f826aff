namespace Embargo.Matching.Scoring;

internal enum DateAgreement
{
    /// <summary>Nothing to compare.</summary>
    Unknown,
    /// <summary>Same day (or same year/month where only that is known, or a day/month swap).</summary>
    Same,
    /// <summary>Years overlap (ranges, circa) but nothing more is certain.</summary>
    Compatible,
    DifferentDay,
    DifferentYear,
}
