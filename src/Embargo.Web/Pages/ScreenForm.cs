using System.Globalization;
using Embargo.Hosting.Parties;
using Embargo.Matching;

namespace Embargo.Web.Pages;

/// <summary>The screening form's fields as typed, and their reading into a query (every bad field named).</summary>
public sealed class ScreenForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? BirthDate { get; set; }
    public string? Country { get; set; }
    public string? IdNumber { get; set; }
    public string? Threshold { get; set; }

    public (MatchQuery? Query, MatchOptions Options, IReadOnlyList<string> Errors) ToQuery(int maxNameLength)
    {
        var errors = new List<string>();
        var name = Name?.Trim() ?? "";
        if (name.Length > maxNameLength) errors.Add($"Name: longer than {maxNameLength} characters.");
        if (!PartyFields.TryParseKind(Kind, out var kind)) errors.Add($"Kind: '{Kind}' is not one of {PartyFields.KindChoices}.");
        if (!PartyFields.TryParseDate(BirthDate, out var birthDate)) errors.Add($"Date of birth: '{BirthDate}' is not a date of the form yyyy, yyyy-mm or yyyy-mm-dd.");
        if (!PartyFields.TryParseCountry(Country, out var country)) errors.Add($"Country: '{Country}' is not a country code or name Embargo knows.");
        var threshold = Tuning.DefaultThreshold;
        if (!string.IsNullOrWhiteSpace(Threshold)
            && (!double.TryParse(Threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) || threshold is < 0 or > 1))
            errors.Add($"Threshold: '{Threshold}' is not a number from 0 to 1.");
        var options = new MatchOptions { Threshold = threshold, Cutoff = Math.Min(Tuning.DefaultCutoff, threshold), Limit = 10 };
        if (errors.Count > 0) return (null, options, errors);
        var query = new MatchQuery
        {
            Name = name,
            Kind = kind,
            BirthDate = birthDate,
            Country = country,
            IdNumber = string.IsNullOrWhiteSpace(IdNumber) ? null : IdNumber.Trim(),
        };
        return (query, options, errors);
    }
}
