namespace Embargo.Lists.Ofac;

/// <summary>One row of <c>alt.csv</c>, kept raw until its entry is read (name parts depend on the entry's type).</summary>
internal sealed record OfacCsvAliasRow(string? AltNum, string? AltType, string Name, string? Remarks, long Line);
