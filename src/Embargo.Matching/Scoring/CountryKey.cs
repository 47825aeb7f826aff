namespace Embargo.Matching.Scoring;

/// <summary>Two-letter country codes as sixteen-bit numbers, and up to four of them in one: compared without a string.</summary>
internal static class CountryKey
{
    /// <summary>Codes that do not fit (more than four, or not two ASCII letters): compare the strings.</summary>
    public const ulong Unpacked = ulong.MaxValue;

    /// <summary>A code of two ASCII characters as a number (never 0), or 0 when it is none.</summary>
    public static ulong Of(string? code) =>
        code is { Length: 2 } && code[0] is > '\0' and < '\u0080' && code[1] is > '\0' and < '\u0080' ? ((ulong)code[0] << 8) | code[1] : 0;

    /// <summary>Up to four codes in one number, sixteen bits each; 0 for none.</summary>
    public static ulong Pack(string[] codes)
    {
        if (codes.Length > 4) return Unpacked;
        ulong packed = 0;
        foreach (var code in codes)
        {
            var key = Of(code);
            if (key == 0) return Unpacked;
            packed = (packed << 16) | key;
        }
        return packed;
    }

    /// <summary>Whether packed codes hold the code <paramref name="key"/> (from <see cref="Of"/>).</summary>
    public static bool Holds(ulong packed, ulong key)
    {
        for (; packed != 0; packed >>= 16)
        {
            if ((packed & 0xFFFF) == key) return true;
        }
        return false;
    }
}
