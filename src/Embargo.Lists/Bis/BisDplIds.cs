using System.Security.Cryptography;
using System.Text;

namespace Embargo.Lists.Bis;

/// <summary>
/// The Denied Persons List has no ids, so one is derived from what identifies a denial: the denied
/// party's name and the order's effective date. It depends on nothing else in the file, so it does not
/// change when other rows are added, removed or reordered, nor when the party's address is corrected.
/// </summary>
internal static class BisDplIds
{
    /// <summary>The grouping key: the normalised name and the effective date.</summary>
    public static string Key(string name, string effectiveDate) => Normalize(name) + "|" + effectiveDate.Trim();

    /// <summary><c>dpl-</c> and the first 12 hex digits of the key's SHA-256.</summary>
    public static string Of(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return "dpl-" + Convert.ToHexStringLower(hash[..6]);
    }

    // Upper case, compatibility-normalised, single spaces: "  I. ASH" and "I.  ASH" are one name.
    private static string Normalize(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormKC).ToUpperInvariant()
            .Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
