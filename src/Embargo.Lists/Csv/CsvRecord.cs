namespace Embargo.Lists.Csv;

/// <summary>One record of a delimited file and the line it starts on (1-based), for error messages.</summary>
internal readonly record struct CsvRecord(long Line, string[] Fields)
{
    /// <summary>The field at <paramref name="index"/>, or empty when the row is short.</summary>
    public string this[int index] => index < Fields.Length ? Fields[index] : "";
}
