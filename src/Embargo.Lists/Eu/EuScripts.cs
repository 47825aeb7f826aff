namespace Embargo.Lists.Eu;

/// <summary>
/// The ISO 15924 script of a name, from its letters: the EU gives each name's language but not its
/// script, and a name in Cyrillic or Arabic is the original-script form of the party's Latin name.
/// </summary>
internal static class EuScripts
{
    /// <summary>The script of the first non-Latin letter, or null for a name in Latin letters.</summary>
    public static string? Detect(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetter(c) || c < '\u0250') continue; // ASCII, Latin-1 and Latin Extended A/B
            var script = Of(c);
            if (script is not null) return script;
        }
        return null;
    }

    private static string? Of(char c) => c switch
    {
        >= '\u0370' and <= '\u03FF' => "Grek",
        >= '\u0400' and <= '\u052F' => "Cyrl",
        >= '\u0530' and <= '\u058F' => "Armn",
        >= '\u0590' and <= '\u05FF' => "Hebr",
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => "Arab",
        >= '\u0900' and <= '\u097F' => "Deva",
        >= '\u0E00' and <= '\u0E7F' => "Thai",
        >= '\u1000' and <= '\u109F' => "Mymr",
        >= '\u10A0' and <= '\u10FF' => "Geor",
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' => "Hang",
        >= '\u3040' and <= '\u30FF' => "Jpan",
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' => "Hani",
        _ => null, // Latin Extended Additional, IPA and other letters written with Latin names
    };
}
