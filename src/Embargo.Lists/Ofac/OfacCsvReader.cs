using System.Runtime.CompilerServices;
using Embargo.Core.Model;
using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Reads an OFAC CSV set, SDN or consolidated: the side files (aliases, addresses, remark continuations) are
/// indexed by ent_num first, the main file's primary names are indexed for <c>Linked To:</c> relations, then the
/// main file is streamed one entry per row. Files have no header row.
/// </summary>
internal sealed class OfacCsvReader(OfacCsvLayout layout)
{
    public async IAsyncEnumerable<ListEntry> ReadAsync(
        ListFileSet files, ParseContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(context);
        if (!files.Contains(layout.MainFile))
            throw new ListFormatException(layout.MainFile, null, "required file is missing from the list files given");

        var side = await OfacCsvSideTables.LoadAsync(files, layout, context, cancellationToken).ConfigureAwait(false);
        // A first pass over the names also finds structural breakage (a quote never closed) before any entry is out.
        var names = IndexNames(files, cancellationToken);
        var builder = new OfacCsvEntryBuilder(layout, side, names, context);
        var seen = new HashSet<int>();

        using (var text = TextEncodings.OpenLegacyText(files.Open(layout.MainFile)))
        {
            var reader = new CsvReader(text, layout.MainFile);
            while (reader.TryRead(out var row))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!OfacCsvRows.TryEntNum(row, layout.MainFile, OfacCsvColumns.MainCount, context, out var entNum)) continue;
                if (!seen.Add(entNum))
                {
                    context.Report(layout.MainFile, row.Line, null, $"entry {entNum} appears twice; the later row is skipped");
                    continue;
                }
                yield return builder.Build(row, entNum);
            }
        }

        ReportOrphans(side, seen, context);
    }

    private OfacCsvNameIndex IndexNames(ListFileSet files, CancellationToken cancellationToken)
    {
        var index = new OfacCsvNameIndex();
        using var text = TextEncodings.OpenLegacyText(files.Open(layout.MainFile));
        var reader = new CsvReader(text, layout.MainFile);
        while (reader.TryRead(out var row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entNum = row[OfacCsvColumns.EntNum].Trim();
            var name = OfacCsvFields.Value(row[OfacCsvColumns.Name]);
            if (name is not null && entNum.Length > 0 && char.IsAsciiDigit(entNum[0])) index.Add(name, entNum);
        }
        return index;
    }

    // Side rows whose entry the main file lacks belong to no entry: say so once per file, and count them as
    // malformed, because in a set published together they mean a truncated or mismatched main file.
    private void ReportOrphans(OfacCsvSideTables side, HashSet<int> seen, ParseContext context)
    {
        foreach (var group in side.Mentioned(layout).Where(m => !seen.Contains(m.EntNum)).GroupBy(m => m.File))
        {
            var entNums = group.Select(m => m.EntNum).Order().ToList();
            var sample = string.Join(", ", entNums.Take(5));
            context.ReportMalformedRecords(group.Key, null, null,
                $"{entNums.Count} ent_num(s) are not in {layout.MainFile} and were ignored (e.g. {sample})", entNums.Count);
        }
    }
}
