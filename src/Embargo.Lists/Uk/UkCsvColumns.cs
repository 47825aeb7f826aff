using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Uk;

/// <summary>
/// The columns of a UK CSV header, found by name (case-insensitive) so that added or reordered columns
/// do not break the parse, and a missing required one fails it clearly.
/// </summary>
internal sealed class UkCsvColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    private UkCsvColumns(CsvRecord header)
    {
        Header = header;
        for (var i = 0; i < header.Fields.Length; i++) _index.TryAdd(header.Fields[i].Trim(), i);
    }

    public CsvRecord Header { get; }

    /// <summary>Reads the header, failing with the file and line when a required column is absent.</summary>
    public static UkCsvColumns Read(CsvRecord header, string file, IEnumerable<string> required)
    {
        var columns = new UkCsvColumns(header);
        var missing = required.Where(name => !columns._index.ContainsKey(name)).ToList();
        if (missing.Count > 0)
            throw new ListFormatException(file, header.Line, "not the expected header; missing column(s): " + string.Join(", ", missing));
        return columns;
    }

    /// <summary>The trimmed value of a column in a row, or null when empty or when the file has no such column.</summary>
    public string? Get(CsvRecord row, string column) =>
        _index.TryGetValue(column, out var i) ? UkText.Clean(row[i]) : null;

    /// <summary>Every column not in <paramref name="known"/>, with its header, so that no published value is dropped.</summary>
    public IEnumerable<(string Column, int Index)> Others(IReadOnlySet<string> known) =>
        Header.Fields.Select((name, i) => (Column: name.Trim(), Index: i))
            .Where(c => c.Column.Length > 0 && !known.Contains(c.Column));
}
