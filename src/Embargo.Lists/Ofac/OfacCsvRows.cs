using System.Globalization;
using Embargo.Lists.Csv;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>Opening and checking the rows of an OFAC CSV file.</summary>
internal static class OfacCsvRows
{
    /// <summary>
    /// The row's ent_num; false (and an issue) when it is not a number, so the row is skipped. A row with fewer or
    /// more fields than the file has is reported but read: missing fields read as empty.
    /// </summary>
    public static bool TryEntNum(CsvRecord row, string fileName, int expectedFields, ParseContext context, out int entNum)
    {
        if (!int.TryParse(row[0], NumberStyles.None, CultureInfo.InvariantCulture, out entNum) || entNum <= 0)
        {
            context.ReportMalformedRecord(fileName, row.Line, null, $"row skipped: ent_num '{Shorten(row[0])}' is not a number");
            return false;
        }
        if (row.Fields.Length != expectedFields)
        {
            context.ReportMalformedRecord(fileName, row.Line, null,
                $"entry {entNum}: expected {expectedFields} fields, found {row.Fields.Length}");
        }
        return true;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
