using Embargo.Core.Model;
using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Uk;

/// <summary>
/// The FCDO's UK Sanctions List in CSV (<c>UK-Sanctions-List.csv</c>): a <c>Report Date: 13-Feb-2026</c>
/// line, then a 58-column header (<c>Last Updated,Unique ID,OFSI Group ID,...,Hull identification number
/// (HIN)</c>). The file is the cartesian product of each designation's repeating groups (names x addresses
/// x phones...), so rows are grouped by <c>Unique ID</c> and each fact is kept once. The file is tens of MB
/// at most and its rows need not be adjacent, so the grouping is done in memory.
/// </summary>
public sealed class UkSanctionsListCsvParser : IListParser
{
    public const string DefaultFileName = "UK-Sanctions-List.csv";

    private const string IdColumn = "Unique ID";
    private static readonly string[] RequiredColumns = [IdColumn, "Name 6", "Name type", "Designation Type", "Regime Name"];
    private static readonly string[] NameColumns = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"];
    private static readonly string[] AddressColumns =
        ["Address Line 1", "Address Line 2", "Address Line 3", "Address Line 4", "Address Line 5", "Address Line 6"];

    // Columns read as part of a group rather than as one fact each.
    private static readonly HashSet<string> GroupedColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6", "Name type", "Alias strength",
        "Name non-latin script", "Non-latin script type", "Non-latin script language",
        "Address Line 1", "Address Line 2", "Address Line 3", "Address Line 4", "Address Line 5", "Address Line 6",
        "Address Postal Code", "Address Country", "Town of birth", "Country of birth",
        "Passport number", "Passport additional information",
        "National Identifier number", "National Identifier additional information",
    };

    private readonly string _fileName;

    public UkSanctionsListCsvParser(string fileName = DefaultFileName) => _fileName = fileName;

    public string Format => "uk-fcdo-csv";

    public string Source => ListSources.UkSanctionsList;

    public IAsyncEnumerable<ListEntry> ParseAsync(ListFileSet files, ParseContext context, CancellationToken cancellationToken) =>
        UkCsvGroups.ParseAsync(files, _fileName, Source, csv => ReadDesignations(csv, context, cancellationToken), cancellationToken);

    private List<UkEntryBuilder> ReadDesignations(CsvReader csv, ParseContext context, CancellationToken cancellationToken)
    {
        var columns = UkCsvGroups.ReadHeader(csv, _fileName, "UK Sanctions List", RequiredColumns, line => ReadReportDate(line, context));
        var others = columns.Others(GroupedColumns).ToList();

        return UkCsvGroups.Read(csv, columns, IdColumn, _fileName, context,
            (designation, row) => AddRow(designation, columns, others, row), cancellationToken);
    }

    private static void AddRow(UkEntryBuilder designation, CsvColumns columns, List<(string Column, int Index)> others, CsvRecord row)
    {
        designation.AddName([.. NameColumns.Select(c => columns.Get(row, c))],
            columns.Get(row, "Name type"), columns.Get(row, "Alias strength"), title: null);
        designation.AddNonLatinName(columns.Get(row, "Name non-latin script"),
            columns.Get(row, "Non-latin script type"), columns.Get(row, "Non-latin script language"));
        designation.AddAddress(AddressColumns.Select(c => columns.Get(row, c)),
            columns.Get(row, "Address Postal Code"), columns.Get(row, "Address Country"));
        designation.AddBirthPlace(columns.Get(row, "Town of birth"), columns.Get(row, "Country of birth"));
        designation.AddDocument(UkLabels.Passport,
            columns.Get(row, "Passport number"), columns.Get(row, "Passport additional information"));
        designation.AddDocument(UkLabels.NationalIdentifier,
            columns.Get(row, "National Identifier number"), columns.Get(row, "National Identifier additional information"));
        foreach (var (column, index) in others)
        {
            // A column the FCDO adds later keeps its header as the label.
            var element = UkDesignationFacts.ElementOfColumn.GetValueOrDefault(column, column);
            UkDesignationFacts.Add(designation, element, row[index]);
        }
    }

    private bool ReadReportDate(CsvRecord line, ParseContext context)
    {
        if (!line[0].StartsWith("Report Date", StringComparison.OrdinalIgnoreCase)) return false;
        var text = string.Join(",", line.Fields).Trim().TrimEnd(',');
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var value = colon < 0 ? "" : text[(colon + 1)..].Trim();
        if (DateText.TryParsePublished(value, ["dd-MMM-yyyy", "d-MMM-yyyy", "dd/MM/yyyy"], out var date))
            context.PublishedAt = date;
        else
            context.Report(_fileName, line.Line, null, $"unreadable report date '{text}'");
        return true;
    }
}
