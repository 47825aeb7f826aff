namespace Embargo.Lists.Ofac;

/// <summary>OFAC's CSV conventions for a single field: <c>-0-</c> (often with a trailing space) means empty.</summary>
internal static class OfacCsvFields
{
    public const string EmptyMark = "-0-";

    /// <summary>True for OFAC's empty mark and for blank fields.</summary>
    public static bool IsEmpty(string? field)
    {
        if (field is null) return true;
        var trimmed = field.AsSpan().Trim();
        return trimmed.IsEmpty || trimmed.SequenceEqual(EmptyMark);
    }

    /// <summary>The trimmed value, or null when the field is empty.</summary>
    public static string? Value(string? field)
    {
        if (IsEmpty(field)) return null;
        var trimmed = field.AsSpan().Trim();
        return trimmed.Length == field!.Length ? field : trimmed.ToString();
    }
}
