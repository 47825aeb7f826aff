namespace Embargo.Lists.Uk;

/// <summary>
/// Turns the UK's non-Latin script labels into ISO 15924 codes. The labels are loose: the "script type"
/// column often holds a language ("Persian", "russian"), so languages written in one script map to it.
/// </summary>
internal static class UkScripts
{
    public static string? Code(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        "arabic" or "persian" or "farsi" or "urdu" or "pashto" or "dari" => "Arab",
        "cyrillic" or "russian" or "ukrainian" or "belarusian" or "bulgarian" or "serbian" or "macedonian" => "Cyrl",
        "chinese" or "han" => "Hani",
        "korean" or "hangul" => "Kore",
        "japanese" => "Jpan",
        "greek" => "Grek",
        "hebrew" => "Hebr",
        "georgian" => "Geor",
        "armenian" => "Armn",
        "burmese" or "myanmar" => "Mymr",
        "thai" => "Thai",
        _ => null,
    };
}
