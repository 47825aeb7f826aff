using Embargo.Lists.Parsing;

namespace Embargo.Lists.Csv;

/// <summary>
/// The columns of a delimited file's header row, found by name (trimmed, case-insensitive) so that added or
/// reordered columns do not break the parse, and a missing required one fails it clearly.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    private CsvColumns(CsvRecord header)
    {
        Header = header;
        for (var i = 0; i < header.Fields.Length; i++) _index.TryAdd(header.Fields[i].Trim(), i);
    }

    public CsvRecord Header { get; }

    /// <summary>Reads the header, failing with the file and line when a required column is absent.</summary>
    /// <param name="header">The header row.</param>
    /// <param name="file">The file, for the error.</param>
    /// <param name="required">The columns the format cannot do without.</param>
    /// <param name="formatName">The format's name for the error (<c>Denied Persons List</c>).</param>
    public static CsvColumns Read(CsvRecord header, string file, IEnumerable<string> required, string formatName)
    {
        var columns = new CsvColumns(header);
        var missing = required.Where(name => !columns._index.ContainsKey(name)).ToList();
        if (missing.Count > 0)
            throw new ListFormatException(file, header.Line, $"not the {formatName} header; missing column(s): " + string.Join(", ", missing));
        return columns;
    }

    /// <summary>The trimmed value of a column in a row, or null when empty or when the file has no such column.</summary>
    public string? Get(CsvRecord row, string column) =>
        _index.TryGetValue(column, out var i) && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;

    /// <summary>Every column not in <paramref name="known"/>, with its header, so that no published value is dropped.</summary>
    public IEnumerable<(string Column, int Index)> Others(IReadOnlySet<string> known) =>
        Header.Fields.Select((name, i) => (Column: name.Trim(), Index: i))
            .Where(c => c.Column.Length > 0 && !known.Contains(c.Column));
}
