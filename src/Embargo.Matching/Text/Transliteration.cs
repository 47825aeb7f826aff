namespace Embargo.Matching.Text;

/// <summary>Other scripts to Latin. Placeholder until the ICU transliterator lands: strips what it cannot read.</summary>
internal static class Transliteration
{
    public static string ToLatin(string text) => text;
}
