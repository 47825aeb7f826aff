using System.Globalization;

namespace Embargo.Evaluation.Report;

/// <summary>Number formats of the tables: invariant culture, fixed decimals, a dash for "not defined".</summary>
internal static class Fmt
{
    public const string None = "–";

    public static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A ratio such as precision, 3 decimals.</summary>
    public static string Ratio(double? value) => value is double v ? v.ToString("F3", CultureInfo.InvariantCulture) : None;

    /// <summary>A share as a percentage with 2 decimals: 99.50 %.</summary>
    public static string Percent(int part, int total) =>
        total == 0 ? None : (100.0 * part / total).ToString("F2", CultureInfo.InvariantCulture) + " %";

    public static string Score(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    public static string Threshold(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    public static string Ms(double value) => value.ToString(value < 10 ? "F3" : "F1", CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
