using System.Text;

namespace Embargo.Evaluation.Data;

/// <summary>
/// Reads the benchmark files: comma-separated with RFC 4180 quoting (CRLF or LF), or plain tab-separated. The
/// first row names the columns. A row that cannot be read, or has the wrong number of fields, is reported and
/// skipped; a file without the columns a benchmark needs fails with <see cref="InvalidDataException"/>.
/// </summary>
internal static class CsvFile
{
    public static IReadOnlyList<CsvRecord> Read(string path, IReadOnlyList<string> columns, DataIssues issues) =>
        Read(path, columns, issues, QuotedRecords(File.ReadAllText(path, Encoding.UTF8)));

    /// <summary>Tab-separated without quoting: a <c>"</c> in a name is just a character.</summary>
    public static IReadOnlyList<CsvRecord> ReadTabSeparated(string path, IReadOnlyList<string> columns, DataIssues issues) =>
        Read(path, columns, issues, TabRecords(File.ReadAllText(path, Encoding.UTF8)));

    private static List<CsvRecord> Read(string path, IReadOnlyList<string> columns, DataIssues issues, IEnumerable<RawRecord> records)
    {
        var rows = new List<CsvRecord>();
        Dictionary<string, int>? header = null;
        foreach (var record in records)
        {
            if (record.Error is not null)
            {
                issues.Report(path, record.Line, record.Error + "; row skipped");
                continue;
            }
            if (record.Fields.Length == 1 && record.Fields[0].Length == 0) continue;
            if (header is null)
            {
                header = Header(path, record.Fields, columns);
                continue;
            }
            if (record.Fields.Length != header.Count)
            {
                issues.Report(path, record.Line, $"expected {header.Count} fields, found {record.Fields.Length}; row skipped");
                continue;
            }
            rows.Add(new CsvRecord(header, record.Fields, record.Line));
        }
        return header is null ? throw new InvalidDataException($"{path}: the file is empty") : rows;
    }

    private static Dictionary<string, int> Header(string path, string[] fields, IReadOnlyList<string> columns)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++) header.TryAdd(fields[i].Trim().TrimStart('\uFEFF'), i);
        var missing = columns.Where(c => !header.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? header
            : throw new InvalidDataException($"{path}: missing column(s) {string.Join(", ", missing)}; the header is {string.Join(",", fields)}");
    }

    private static IEnumerable<RawRecord> TabRecords(string text)
    {
        var line = 0L;
        foreach (var row in text.Split('\n'))
        {
            line++;
            yield return new RawRecord(row.TrimEnd('\r').Split('\t'), line, null);
        }
    }

    private static IEnumerable<RawRecord> QuotedRecords(string text)
    {
        var pos = 0;
        var line = 1L;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (pos < text.Length)
        {
            var start = line;
            string? error = null;
            fields.Clear();
            while (true)
            {
                field.Clear();
                if (text[pos] == '"')
                {
                    pos++;
                    var closed = false;
                    while (pos < text.Length)
                    {
                        var c = text[pos++];
                        if (c == '"')
                        {
                            if (pos < text.Length && text[pos] == '"') pos++;
                            else { closed = true; break; }
                        }
                        else if (c == '\n') line++;
                        field.Append(c);
                    }
                    if (!closed) error = "quoted field never closed (the rest of the file is unreadable)";
                    else if (pos < text.Length && text[pos] is not (',' or '\r' or '\n')) error = "text after a closing quote";
                }
                else
                {
                    while (pos < text.Length && text[pos] is not (',' or '\r' or '\n'))
                    {
                        if (text[pos] == '"') error ??= "quote inside an unquoted field";
                        field.Append(text[pos++]);
                    }
                }
                fields.Add(field.ToString());
                if (error is not null)
                {
                    // Resynchronise at the next line: the rest of this one cannot be trusted.
                    while (pos < text.Length && text[pos] != '\n') pos++;
                    if (pos < text.Length) { pos++; line++; }
                    break;
                }
                if (pos < text.Length && text[pos] == ',')
                {
                    pos++;
                    if (pos < text.Length) continue;
                    fields.Add("");
                }
                if (pos < text.Length && text[pos] == '\r') pos++;
                if (pos < text.Length && text[pos] == '\n') pos++;
                line++;
                break;
            }
            yield return new RawRecord([.. fields], start, error);
        }
    }

    private sealed record RawRecord(string[] Fields, long Line, string? Error);
}
