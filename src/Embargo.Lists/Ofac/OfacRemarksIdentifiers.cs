using Embargo.Core.Countries;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Ofac;

/// <summary>
/// Reads what follows an identifier label: <c>NUMBER (Country) issued DATE expires DATE</c>, every part but the number
/// optional (<c>L 191609 issued 28 Feb 1996 expires 27 Feb 2001</c>, <c>HRA 738077 (Stuttgart) (Germany)</c>). The type
/// and number are kept as OFAC's XML keeps them: <c>Vessel Registration Identification</c> / <c>IMO 9187629</c>.
/// </summary>
internal static class OfacRemarksIdentifiers
{
    /// <summary>Codes that may be letters only (<c>SWIFT/BIC CKLBCNBJ</c>, <c>Equity Ticker PME US</c>); other numbers hold a digit.</summary>
    private static readonly string[] LetterOnlyTypes = ["SWIFT/BIC", "Equity Ticker", "BIK (RU)"];

    private const string Issued = " issued ";
    private const string Expires = " expires ";

    /// <summary>Reads the value of an identifier; false when there is no number (then the item is no identifier).</summary>
    public static bool TryParse(string type, string value, List<string> problems, out IdentityDocument document)
    {
        document = null!;
        var text = value.AsSpan().Trim().TrimEnd('.').TrimEnd();
        string? issued = null, expires = null;
        var issuedAt = IndexOf(text, Issued);
        var expiresAt = IndexOf(text, Expires);
        var numberEnd = Math.Min(issuedAt < 0 ? text.Length : issuedAt, expiresAt < 0 ? text.Length : expiresAt);
        if (issuedAt >= 0) issued = Slice(text, issuedAt + Issued.Length, expiresAt > issuedAt ? expiresAt : text.Length);
        if (expiresAt >= 0) expires = Slice(text, expiresAt + Expires.Length, issuedAt > expiresAt ? issuedAt : text.Length);

        var number = text[..numberEnd].Trim();
        string? country = null;
        if (number.EndsWith(')'))
        {
            var open = number.LastIndexOf('(');
            if (open > 0)
            {
                country = number[(open + 1)..^1].Trim().ToString();
                number = number[..open].TrimEnd();
            }
        }
        // "Passport and National ID were issued in Ulm, Germany" is a sentence, not a passport number.
        if (number.IsEmpty || (number.IndexOfAnyInRange('0', '9') < 0 && !LetterOnlyTypes.Contains(type, StringComparer.Ordinal)))
            return false;

        string? note = null;
        issued = DateOrNote(type, "issue", "issued", issued, ref note, problems);
        expires = DateOrNote(type, "expiry", "expires", expires, ref note, problems);
        document = new IdentityDocument
        {
            Type = type,
            Number = number.ToString(),
            Country = country,
            CountryCode = CountryCodes.Resolve(country),
            IssueDate = issued,
            ExpiryDate = expires,
            Note = note,
        };
        return true;
    }

    /// <summary>
    /// True when an item of an unknown label still has the shape of an identifier: a word with a digit after the
    /// label and a country in brackets at the end (<c>Moroccan Personal ID No. E 123 (Morocco)</c>).
    /// </summary>
    public static bool LooksLikeIdentifier(string item, out string type, out string value)
    {
        type = value = "";
        var span = item.AsSpan().TrimEnd().TrimEnd('.');
        var cut = IndexOf(span, Issued);
        var head = cut < 0 ? span : span[..cut];
        if (!head.EndsWith(')')) return false;
        var open = head.LastIndexOf('(');
        if (open <= 0 || CountryCodes.Resolve(head[(open + 1)..^1].ToString()) is null) return false;
        var words = head[..open].TrimEnd();
        var start = 0;
        while (start < words.Length)
        {
            var end = words[start..].IndexOf(' ');
            var word = end < 0 ? words[start..] : words[start..(start + end)];
            if (word.IndexOfAnyInRange('0', '9') >= 0)
            {
                if (start == 0) return false;
                type = words[..start].TrimEnd().ToString();
                value = item[start..];
                return !type.Contains(':', StringComparison.Ordinal);
            }
            if (end < 0) break;
            start += end + 1;
        }
        return false;
    }

    // "issued 14 Dec 2005" is a date; "issued 01 Jan 2008 to 31 Dec 2010" a span of dates; "issued under the name
    // X" or "issued in Ulm, Germany" is a note, kept whole. Text that starts like a date but does not read is reported.
    private static string? DateOrNote(string type, string which, string word, string? text, ref string? note, List<string> problems)
    {
        if (text is null) return null;
        if (DateText.TryParseRange(text, out _, out _) || DateText.TryParse(text, out _)) return text;
        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || DateText.StartsWithMonth(text)))
        {
            problems.Add($"unreadable {which} date '{text}' of {type}");
            return text;
        }
        var phrase = word + " " + text;
        note = note is null ? phrase : note + "; " + phrase;
        return null;
    }

    private static int IndexOf(ReadOnlySpan<char> text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase);

    private static string Slice(ReadOnlySpan<char> text, int start, int end) => text[start..end].Trim().TrimEnd('.').ToString();
}
