using System.Runtime.CompilerServices;
using Embargo.Core.Model;
using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Uk;

/// <summary>
/// Groups the rows of a UK CSV by their id column into one <see cref="UkEntryBuilder"/> per designation,
/// in first-seen order. Both UK CSVs spread one designation over many rows that need not be adjacent.
/// </summary>
internal static class UkCsvGroups
{
    /// <summary>
    /// Reads a UK CSV whole with <paramref name="read"/> (which checks its preamble and header and groups
    /// its rows), then yields the designations' entries.
    /// </summary>
    public static async IAsyncEnumerable<ListEntry> ParseAsync(
        ListFileSet files, string file, string source, Func<CsvReader, List<UkEntryBuilder>> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<UkEntryBuilder> designations;
        await using (var stream = files.Open(file))
        {
            using var text = TextEncodings.OpenLegacyText(stream);
            designations = read(new CsvReader(text, file));
        }
        foreach (var designation in designations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (designation.Build(source) is { } entry) yield return entry;
        }
    }

    /// <summary>
    /// The header row, after the dated line a UK CSV starts with (<c>Last Updated,…</c>, <c>Report Date: …</c>)
    /// when <paramref name="readDateLine"/> takes the first line for one.
    /// </summary>
    public static CsvColumns ReadHeader(
        CsvReader csv, string file, string formatName, IEnumerable<string> required, Func<CsvRecord, bool> readDateLine)
    {
        if (!csv.TryRead(out var header)) throw new ListFormatException(file, 1, "the file is empty");
        if (readDateLine(header) && !csv.TryRead(out header))
            throw new ListFormatException(file, 2, "no header after the dated first line");
        return CsvColumns.Read(header, file, required, formatName);
    }

    public static List<UkEntryBuilder> Read(
        CsvReader csv, CsvColumns columns, string idColumn, string file, ParseContext context,
        Action<UkEntryBuilder, CsvRecord> addRow, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, UkEntryBuilder>(StringComparer.Ordinal);
        var inOrder = new List<UkEntryBuilder>();
        while (csv.TryRead(out var row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (columns.Get(row, idColumn) is not { } id)
            {
                context.ReportMalformedRecord(file, row.Line, null, $"row without a {idColumn}; skipped");
                continue;
            }
            if (!byId.TryGetValue(id, out var designation))
            {
                designation = new UkEntryBuilder(id, context, file, row.Line);
                byId.Add(id, designation);
                inOrder.Add(designation);
            }
            designation.Line = row.Line;
            addRow(designation, row);
        }
        return inOrder;
    }
}
