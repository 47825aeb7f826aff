namespace Embargo.Evaluation.Data;

/// <summary>One data row of a delimited file: its fields by column name, and the line it starts on.</summary>
internal sealed class CsvRecord(IReadOnlyDictionary<string, int> columns, string[] fields, long line)
{
    public long Line => line;

    public string this[string column] => fields[columns[column]];

    /// <summary>The field trimmed, or null when it is empty.</summary>
    public string? Optional(string column) => string.IsNullOrWhiteSpace(this[column]) ? null : this[column].Trim();
}
