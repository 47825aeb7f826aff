using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>How OFAC writes names and programs in its CSV files.</summary>
internal static class OfacCsvNames
{
    /// <summary>Part kind for a generational suffix (<c>Jr.</c>), which <see cref="NamePartKinds"/> does not name.</summary>
    public const string SuffixKind = "suffix";

    private static readonly string[] Suffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    /// <summary>
    /// The parts of a person's name written <c>LAST, First Middle</c>: the text before the first comma is the
    /// family name, the rest the given names (as OFAC's XML splits them into lastName / firstName). A third
    /// part after another comma that is a generational suffix (<c>DELOS REYES, Feliciano Semborio, Jr.</c>)
    /// becomes a suffix part. Names without a comma have no parts: OFAC did not say which word is which.
    /// </summary>
    public static IReadOnlyList<NamePart> PersonParts(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0) return [];
        var last = name.AsSpan(0, comma).Trim();
        var given = name.AsSpan(comma + 1).Trim();
        if (last.IsEmpty || given.IsEmpty) return [];
        string? suffix = null;
        var second = given.LastIndexOf(',');
        if (second > 0)
        {
            var tail = given[(second + 1)..].Trim();
            foreach (var candidate in Suffixes)
            {
                if (tail.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    suffix = tail.ToString();
                    given = given[..second].Trim();
                    break;
                }
            }
        }
        NamePart[] parts = suffix is null
            ? [new(NamePartKinds.Last, last.ToString()), new(NamePartKinds.First, given.ToString())]
            : [new(NamePartKinds.Last, last.ToString()), new(NamePartKinds.First, given.ToString()), new(SuffixKind, suffix)];
        return parts;
    }

    /// <summary>Programs as OFAC lists them in one field: <c>SDGT] [IRGC</c> (the outer brackets are implied).</summary>
    public static IReadOnlyList<string> Programs(string? field)
    {
        var value = OfacCsvFields.Value(field);
        if (value is null) return [];
        var programs = new List<string>(2);
        foreach (var piece in value.Split("] [", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var program = piece.Trim('[', ']', ' ');
            if (program.Length > 0 && !programs.Contains(program, StringComparer.Ordinal)) programs.Add(program);
        }
        return programs;
    }
}
