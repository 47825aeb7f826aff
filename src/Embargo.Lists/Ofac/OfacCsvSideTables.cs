using Embargo.Core.Model;
using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>
/// The aliases, addresses and remark continuations of a set, indexed by ent_num. These files are small (a few MB at
/// most), so they are read whole before the main file is streamed. Each is optional.
/// </summary>
internal sealed class OfacCsvSideTables
{
    private readonly Dictionary<int, List<OfacCsvAliasRow>> _aliases = [];
    private readonly Dictionary<int, List<Address>> _addresses = [];
    private readonly Dictionary<int, string> _comments = [];

    public IReadOnlyList<OfacCsvAliasRow> AliasesOf(int entNum) => _aliases.TryGetValue(entNum, out var rows) ? rows : [];

    public IReadOnlyList<Address> AddressesOf(int entNum) => _addresses.TryGetValue(entNum, out var rows) ? rows : [];

    /// <summary>The continuation of the entry's remarks, or null.</summary>
    public string? CommentOf(int entNum) => _comments.GetValueOrDefault(entNum);

    /// <summary>Ent_nums the side files mention, to find rows whose entry is missing from the main file.</summary>
    public IEnumerable<(string File, int EntNum)> Mentioned(OfacCsvLayout layout) =>
        _aliases.Keys.Select(e => (layout.AliasFile, e))
            .Concat(_addresses.Keys.Select(e => (layout.AddressFile, e)))
            .Concat(_comments.Keys.Select(e => (layout.CommentFile, e)));

    public static async Task<OfacCsvSideTables> LoadAsync(
        ListFileSet files, OfacCsvLayout layout, ParseContext context, CancellationToken cancellationToken)
    {
        var tables = new OfacCsvSideTables();
        await ReadAsync(files, layout.AliasFile, context, tables.AddAlias, cancellationToken).ConfigureAwait(false);
        await ReadAsync(files, layout.AddressFile, context, tables.AddAddress, cancellationToken).ConfigureAwait(false);
        await ReadAsync(files, layout.CommentFile, context, tables.AddComment, cancellationToken).ConfigureAwait(false);
        return tables;
    }

    private static async Task ReadAsync(
        ListFileSet files, string fileName, ParseContext context, Action<CsvRecord, string, ParseContext> add,
        CancellationToken cancellationToken)
    {
        var stream = files.OpenOptional(fileName);
        if (stream is null)
        {
            // Legitimate for an archived main file on its own, but what it would have held is not in the snapshot.
            context.Report(fileName, null, null, $"{fileName} is not among the files given; what it holds is not imported");
            return;
        }
        string content;
        using (var text = TextEncodings.OpenLegacyText(stream))
        {
            content = await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        var reader = new CsvReader(new StringReader(content), fileName);
        while (reader.TryRead(out var row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            add(row, fileName, context);
        }
    }

    private void AddAlias(CsvRecord row, string file, ParseContext context)
    {
        if (!OfacCsvRows.TryEntNum(row, file, OfacCsvColumns.AliasCount, context, out var entNum)) return;
        var name = OfacCsvFields.Value(row[OfacCsvColumns.AltName]);
        if (name is null)
        {
            context.Report(file, row.Line, null, $"entry {entNum}: alias row without a name skipped");
            return;
        }
        var alias = new OfacCsvAliasRow(
            OfacCsvFields.Value(row[OfacCsvColumns.AltNum]),
            OfacCsvFields.Value(row[OfacCsvColumns.AltType]),
            name,
            OfacCsvFields.Value(row[OfacCsvColumns.AltRemarks]),
            row.Line);
        ListFor(_aliases, entNum).Add(alias);
    }

    private void AddAddress(CsvRecord row, string file, ParseContext context)
    {
        if (!OfacCsvRows.TryEntNum(row, file, OfacCsvColumns.AddressCount, context, out var entNum)) return;
        var address = OfacCsvAddresses.Build(
            OfacCsvFields.Value(row[OfacCsvColumns.Address]),
            OfacCsvFields.Value(row[OfacCsvColumns.CityStatePostal]),
            OfacCsvFields.Value(row[OfacCsvColumns.Country]),
            OfacCsvFields.Value(row[OfacCsvColumns.AddRemarks]));
        // A row of four -0- says nothing; the entry exists in the main file regardless.
        if (address is not null) ListFor(_addresses, entNum).Add(address with { SourceRef = OfacCsvFields.Value(row[OfacCsvColumns.AddNum]) });
    }

    private void AddComment(CsvRecord row, string file, ParseContext context)
    {
        if (!OfacCsvRows.TryEntNum(row, file, OfacCsvColumns.CommentCount, context, out var entNum)) return;
        // An unquoted continuation holding commas was split by the CSV reader: put it back together.
        var text = row.Fields.Length > OfacCsvColumns.CommentCount
            ? string.Join(",", row.Fields.Skip(OfacCsvColumns.Comment))
            : row[OfacCsvColumns.Comment];
        if (OfacCsvFields.IsEmpty(text)) return;
        _comments[entNum] = _comments.TryGetValue(entNum, out var earlier) ? earlier + text : text;
    }

    private static List<T> ListFor<T>(Dictionary<int, List<T>> map, int entNum)
    {
        if (!map.TryGetValue(entNum, out var list)) map[entNum] = list = [];
        return list;
    }
}
