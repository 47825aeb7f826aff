using System.Net.Http.Headers;
using System.Text;

namespace Embargo.Lists.Download;

/// <summary>
/// Recognises the HTML page a publisher serves in place of a list file when its site is down or moved.
/// No list format we fetch (CSV, XML, tab-separated text) can start like HTML.
/// </summary>
internal static class HtmlSniffer
{
    /// <summary>How much of the body is looked at before anything is written.</summary>
    public const int SniffBytes = 1024;

    private static readonly byte[][] HtmlStarts = ["<!doctype html"u8.ToArray(), "<html"u8.ToArray(), "<head"u8.ToArray(), "<body"u8.ToArray()];

    public static bool IsHtmlContentType(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is { } media
        && (media.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));

    public static bool LooksLikeHtml(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("\uFEFF"u8)) start = start[3..];
        start = start.TrimStart(" \t\r\n"u8);
        foreach (var html in HtmlStarts)
        {
            if (start.Length >= html.Length && Ascii.EqualsIgnoreCase(start[..html.Length], html)) return true;
        }
        return false;
    }
}
