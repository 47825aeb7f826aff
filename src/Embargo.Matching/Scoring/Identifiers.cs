using Embargo.Core.Model;

namespace Embargo.Matching.Scoring;

/// <summary>Every identifier a listing gives, and the normal form they are compared in.</summary>
internal static class Identifiers
{
    public static IEnumerable<(string Label, string Number)> Of(ListEntry e)
    {
        foreach (var d in e.Identifiers) yield return (d.Type, d.Number);
        if (e.Vessel is { } v)
        {
            if (v.Imo is { } imo) yield return ("IMO", imo);
            if (v.Mmsi is { } mmsi) yield return ("MMSI", mmsi);
            if (v.CallSign is { } call) yield return ("call sign", call);
        }
        if (e.Aircraft is { } a)
        {
            if (a.TailNumber is { } tail) yield return ("tail number", tail);
            if (a.SerialNumber is { } serial) yield return ("serial number", serial);
        }
    }

    /// <summary>Upper-case letters and digits only, without an IMO prefix: "IMO 9187629" = "9187629".</summary>
    public static string Normalize(string number)
    {
        Span<char> buffer = stackalloc char[Math.Min(number.Length, 64)];
        var n = 0;
        foreach (var c in number)
        {
            if (n == buffer.Length) break;
            if (char.IsAsciiLetterOrDigit(c)) buffer[n++] = char.ToUpperInvariant(c);
        }
        var text = buffer[..n];
        if (text.StartsWith("IMO") && text.Length > 3 && char.IsAsciiDigit(text[3])) text = text[3..];
        return new string(text);
    }
}
