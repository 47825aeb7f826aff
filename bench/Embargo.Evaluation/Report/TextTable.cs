using System.Globalization;
using System.Text;

namespace Embargo.Evaluation.Report;

/// <summary>
/// A table printed as aligned plain text that is also a Markdown pipe table, so that it can be pasted into
/// docs/benchmarks.md as it is. Widths count wide East Asian characters twice and combining marks not at all.
/// </summary>
internal sealed class TextTable
{
    private readonly List<(string Title, bool Right)> _columns = [];
    private readonly List<string[]> _rows = [];

    /// <summary>A text column.</summary>
    public TextTable Left(string title)
    {
        _columns.Add((title, false));
        return this;
    }

    /// <summary>A number column, right-aligned.</summary>
    public TextTable Right(string title)
    {
        _columns.Add((title, true));
        return this;
    }

    public int RowCount => _rows.Count;

    public void Add(params string[] cells)
    {
        if (cells.Length != _columns.Count)
            throw new ArgumentException($"expected {_columns.Count} cells, got {cells.Length}", nameof(cells));
        _rows.Add([.. cells.Select(Clean)]);
    }

    public void WriteTo(TextWriter output)
    {
        var widths = _columns.Select((c, i) => Math.Max(3, _rows.Select(r => Width(r[i])).Prepend(Width(c.Title)).Max())).ToArray();
        output.WriteLine(Line(_columns.Select(c => c.Title).ToArray(), widths));
        output.WriteLine("|" + string.Join("|", _columns.Select((c, i) =>
            " " + (c.Right ? new string('-', widths[i] - 1) + ":" : new string('-', widths[i])) + " ")) + "|");
        foreach (var row in _rows) output.WriteLine(Line(row, widths));
    }

    private string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder("|");
        for (var i = 0; i < cells.Length; i++)
        {
            var pad = new string(' ', widths[i] - Width(cells[i]));
            line.Append(' ').Append(_columns[i].Right ? pad + cells[i] : cells[i] + pad).Append(" |");
        }
        return line.ToString();
    }

    // One line per row, and a pipe inside a name must not open a new column.
    private static string Clean(string cell) =>
        cell.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').Replace("|", "\\|", StringComparison.Ordinal);

    private static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) continue;
            width += IsWide(rune.Value) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}
