namespace Embargo.Core.Model;

/// <summary>
/// A date of birth as lists publish it: exact, year only, month and year, a range (<c>1960 to 1962</c>),
/// or approximate (<c>circa 1965</c>). <see cref="Text"/> keeps the publisher's words.
/// </summary>
public sealed record DateOfBirth
{
    /// <summary>The publisher's text, e.g. <c>11 Aug 1965</c> or <c>circa 1958</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The date, or the start of a range; null when the text could not be read.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The end of a range, inclusive; null for a single date.</summary>
    public PartialDate? To { get; init; }

    /// <summary>True for approximate dates (circa, approximately).</summary>
    public bool Circa { get; init; }
}
