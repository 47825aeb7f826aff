using Embargo.Core.Model;
using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Uk;

/// <summary>
/// OFSI's Consolidated List of Financial Sanctions Targets in CSV (<c>ConList.csv</c>, retired in January
/// 2026 in favour of the FCDO's UK Sanctions List): a <c>Last Updated,dd/mm/yyyy</c> line, a header
/// (<c>Name 6,Name 1,...,Group ID</c>), then one row per name of a target. Rows sharing a <c>Group ID</c>
/// are one target and need not be adjacent; the file is a few MB, so they are grouped in memory.
/// </summary>
public sealed class UkOfsiConListCsvParser : IListParser
{
    public const string DefaultFileName = "ConList.csv";

    private const string IdColumn = "Group ID";
    private static readonly string[] RequiredColumns = [IdColumn, "Name 6", "Name 1", "Group Type", "Alias Type"];
    private static readonly string[] NameColumns = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"];
    private static readonly string[] AddressColumns = ["Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6"];

    private static readonly HashSet<string> KnownColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        IdColumn, "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6", "Title", "Alias Type", "Alias Quality",
        "Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language", "DOB", "Town of Birth",
        "Country of Birth", "Nationality", "Passport Number", "Passport Details", "National Identification Number",
        "NI Details", "Position", "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6",
        "Post/Zip Code", "Country", "Other Information", "Group Type", "Regime", "Listed On", "Last Updated",
    };

    private readonly string _fileName;

    public UkOfsiConListCsvParser(string fileName = DefaultFileName) => _fileName = fileName;

    public string Format => "uk-ofsi-csv";

    public string Source => ListSources.UkSanctionsList;

    public IAsyncEnumerable<ListEntry> ParseAsync(ListFileSet files, ParseContext context, CancellationToken cancellationToken) =>
        UkCsvGroups.ParseAsync(files, _fileName, Source, csv => ReadTargets(csv, context, cancellationToken), cancellationToken);

    private List<UkEntryBuilder> ReadTargets(CsvReader csv, ParseContext context, CancellationToken cancellationToken)
    {
        var columns = UkCsvGroups.ReadHeader(csv, _fileName, "OFSI Consolidated List", RequiredColumns, line => ReadLastUpdated(line, context));
        var others = columns.Others(KnownColumns).ToList();

        return UkCsvGroups.Read(csv, columns, IdColumn, _fileName, context,
            (target, row) => AddRow(target, columns, others, row), cancellationToken);
    }

    private bool ReadLastUpdated(CsvRecord line, ParseContext context)
    {
        if (!string.Equals(line[0], "Last Updated", StringComparison.OrdinalIgnoreCase)) return false;
        if (UkDates.TryParsePublished(line[1], out var published)) context.PublishedAt = published;
        else context.Report(_fileName, line.Line, null, $"unreadable publication date '{line[1]}'");
        return true;
    }

    private static void AddRow(UkEntryBuilder target, CsvColumns columns, List<(string Column, int Index)> others, CsvRecord row)
    {
        target.AddName([.. NameColumns.Select(c => columns.Get(row, c))],
            columns.Get(row, "Alias Type"), columns.Get(row, "Alias Quality"), columns.Get(row, "Title"));
        target.AddNonLatinName(columns.Get(row, "Name Non-Latin Script"),
            columns.Get(row, "Non-Latin Script Type"), columns.Get(row, "Non-Latin Script Language"));
        target.SetKind(columns.Get(row, "Group Type"));
        target.AddBirthDate(columns.Get(row, "DOB"));
        target.AddBirthPlace(columns.Get(row, "Town of Birth"), columns.Get(row, "Country of Birth"));
        target.AddNationality(columns.Get(row, "Nationality"));
        target.AddDocument("Passport", columns.Get(row, "Passport Number"), columns.Get(row, "Passport Details"));
        target.AddDocument("National Identification Number",
            columns.Get(row, "National Identification Number"), columns.Get(row, "NI Details"));
        target.AddPosition(columns.Get(row, "Position"));
        target.AddAddress(AddressColumns.Select(c => columns.Get(row, c)),
            columns.Get(row, "Post/Zip Code"), columns.Get(row, "Country"));
        target.AddRemark(columns.Get(row, "Other Information"));
        target.AddProgram(columns.Get(row, "Regime"));
        target.SetListedOn(columns.Get(row, "Listed On"), "Listed On");
        target.AddUpdatedOn(columns.Get(row, "Last Updated"), "Last Updated");
        // "UK Sanctions List Date Designated" and any column OFSI adds later keep their header as the label.
        foreach (var (column, index) in others) target.AddAttribute(column, row[index]);
    }
}
