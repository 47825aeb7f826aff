using System.Globalization;
using Embargo.Matching.Scan;
using Microsoft.AspNetCore.Html;

namespace Embargo.Web.Pages;

/// <summary>
/// The scanned document as HTML: every run of its text encoded (never markup of the document's own), each mention in
/// a <c>&lt;mark&gt;</c> around its exact words, linking to the entity with the name and score in its label. Built
/// here rather than in Razor so that no white space slips in between runs of a pre-wrapped text.
/// </summary>
public static class ScanMarkup
{
    public static IHtmlContent Render(ScanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new HtmlContentBuilder(document.Parts.Count * 8);
        foreach (var part in document.Parts)
        {
            if (part.Mentions.Count == 0)
            {
                html.Append(part.Text);
                continue;
            }
            var best = part.Mentions[0];
            var label = $"{part.Text}: {string.Join("; ", part.Mentions.Select(Describe))}";
            html.AppendHtml("<mark id=\"").Append(part.Anchor ?? "").AppendHtml("\" class=\"")
                .AppendHtml(best.Strength == MentionStrength.Strong ? "strong" : "needs-context")
                .AppendHtml("\" title=\"").Append(label).AppendHtml("\"><a href=\"/ui/entities/").Append(Uri.EscapeDataString(best.Entry.Id))
                .AppendHtml("\" aria-label=\"").Append(label).AppendHtml("\">").Append(part.Text).AppendHtml("</a></mark>");
        }
        return html;
    }

    /// <summary>"RI WON HO (un-sc), score 0.97": who the words name, said in words as well as by the mark's colour.</summary>
    public static string Describe(TextMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var score = mention.Score.ToString("0.00", CultureInfo.InvariantCulture);
        var context = mention.Strength == MentionStrength.NeedsContext ? ", needs context" : "";
        return $"{mention.Entry.Name.Full} ({mention.Entry.Source}), score {score}{context}";
    }
}
