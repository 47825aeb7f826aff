using System.Globalization;
using System.Runtime.CompilerServices;
using Embargo.Core.Model;
using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Bis;

/// <summary>
/// The US BIS Denied Persons List (<c>dpl.txt</c>): tab-separated, quoted, with a header row
/// (<c>Name, Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
/// Standard_Order, Last_Update, Action, FR_Citation</c>) and one row per party and address.
/// <para>
/// BIS repeats a party's row for each of its addresses (same name, same order, same Federal Register
/// citation), so rows with the same name and effective date are one entry with several addresses; its
/// id is derived from those two (see <see cref="BisDplIds"/>). Different names at one address stay
/// separate entries: the list states no alias link between them, only between the parts of a name
/// written "X A/K/A Y". The file is small (under 1 MB), so rows are grouped in memory.
/// </para>
/// </summary>
public sealed class BisDplParser : IListParser
{
    public const string DefaultFileName = "dpl.txt";

    private const string NameColumn = "Name";
    private const string EffectiveDateColumn = "Effective_Date";
    private const string LastUpdateColumn = "Last_Update";
    private static readonly string[] Columns =
    [
        NameColumn, "Street_Address", "City", "State", "Country", "Postal_Code", EffectiveDateColumn, "Expiration_Date",
        "Standard_Order", LastUpdateColumn, "Action", "FR_Citation",
    ];

    // The order's fields, kept under BIS's own column names.
    private static readonly string[] OrderColumns = ["Expiration_Date", "Standard_Order", LastUpdateColumn, "Action", "FR_Citation"];

    private static readonly string[] UsDateFormats = ["MM/dd/yyyy", "M/d/yyyy"];

    // Older dates than this are typing errors in the file ("0222-05-18"), not dates.
    private const int EarliestYear = 1900;

    private readonly string _fileName;

    public BisDplParser(string fileName = DefaultFileName) => _fileName = fileName;

    public string Format => "bis-dpl-tsv";

    public string Source => ListSources.BisDeniedPersons;

    public async IAsyncEnumerable<ListEntry> ParseAsync(
        ListFileSet files, ParseContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<BisDeniedParty> parties;
        await using (var stream = files.Open(_fileName))
        {
            parties = ReadParties(stream, context, cancellationToken);
        }
        foreach (var party in parties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return party.Build();
        }
    }

    private List<BisDeniedParty> ReadParties(Stream stream, ParseContext context, CancellationToken cancellationToken)
    {
        using var text = TextEncodings.OpenLegacyText(stream);
        var tsv = new CsvReader(text, _fileName, '\t');
        if (!tsv.TryRead(out var header)) throw new ListFormatException(_fileName, 1, "the file is empty");
        var columns = CsvColumns.Read(header, _fileName, Columns, "Denied Persons List");

        var byKey = new Dictionary<string, BisDeniedParty>(StringComparer.Ordinal);
        var inOrder = new List<BisDeniedParty>();
        while (tsv.TryRead(out var row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (columns.Get(row, NameColumn) is not { } name)
            {
                context.ReportMalformedRecord(_fileName, row.Line, null, "row without a name; skipped");
                continue;
            }
            var effective = columns.Get(row, EffectiveDateColumn) ?? "";
            var listedOn = ReadDate(effective, UsDateFormats, EffectiveDateColumn, row.Line, context);
            var key = BisDplIds.Key(name, listedOn?.ToString() ?? effective);
            if (!byKey.TryGetValue(key, out var party))
            {
                party = new BisDeniedParty(BisDplIds.Of(key), name, listedOn);
                byKey.Add(key, party);
                inOrder.Add(party);
            }
            if (listedOn is null) party.AddAttribute(EffectiveDateColumn, columns.Get(row, EffectiveDateColumn));
            party.AddAddress(columns.Get(row, "Street_Address"), columns.Get(row, "City"), columns.Get(row, "State"), columns.Get(row, "Country"), columns.Get(row, "Postal_Code"));
            foreach (var column in OrderColumns) party.AddAttribute(column, columns.Get(row, column));
            // Checked so that a broken one is reported; it is kept as published among the order's fields.
            _ = ReadDate(columns.Get(row, "Expiration_Date"), UsDateFormats, "Expiration_Date", row.Line, context);
            if (ReadDate(columns.Get(row, LastUpdateColumn), ["yyyy-MM-dd"], LastUpdateColumn, row.Line, context) is { } updated)
                party.AddUpdatedOn(updated);
        }
        return inOrder;
    }

    // A date in one of the formats, or null; a present but unreadable or implausible one is reported.
    private PartialDate? ReadDate(string? text, string[] formats, string column, long line, ParseContext context)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= EarliestYear)
            return PartialDate.FromDate(date);
        context.Report(_fileName, line, null, $"unreadable {column} '{text.Trim()}', kept as text");
        return null;
    }
}
