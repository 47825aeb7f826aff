using System.Globalization;
using Embargo.Core.Alerts;
using Embargo.Hosting.Alerts;

namespace Embargo.Cli.Output;

/// <summary>How the CLI tells what screening a monitored party did.</summary>
internal static class ScreeningRenderer
{
    public static void Write(TextWriter output, PartyScreening s)
    {
        var parts = new List<string> { Count(s.Matches, "match", "matches"), Count(s.Raised.Count, "new alert", "new alerts") };
        if (s.AlreadyKnown > 0) parts.Add($"{s.AlreadyKnown} already known");
        if (s.Suppressed > 0) parts.Add($"{s.Suppressed} allow-listed");
        output.WriteLine($"screened {s.PartyId}: {string.Join(", ", parts)}");
        foreach (var a in s.Raised) output.WriteLine("  " + Line(a));
    }

    public static string Line(Alert a) => string.Create(CultureInfo.InvariantCulture,
        $"alert {a.Id}: {a.EntityId} {a.EntityName} ({a.Score:0.000}, {a.Reason.Name()}{(a.ReasonDetail is { } d ? ": " + d : "")})");

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
