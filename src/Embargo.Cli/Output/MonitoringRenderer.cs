using System.Globalization;
using Embargo.Core.Alerts;
using Embargo.Hosting.Monitoring;

namespace Embargo.Cli.Output;

/// <summary>How the CLI tells what a monitoring run did.</summary>
internal static class MonitoringRenderer
{
    public static void Write(TextWriter output, MonitoringReport r)
    {
        if (r.DidNothing)
        {
            output.WriteLine("monitoring: nothing changed since the last run");
            return;
        }
        foreach (var s in r.Sources)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"monitoring: {s.Source} {s.From ?? "(new)"} -> {s.To ?? "(no longer screened)"}: {s.Added:N0} added, {s.Changed:N0} changed, {s.Removed:N0} removed"));
        }
        var byReason = r.Raised.GroupBy(a => a.Reason).Select(g => $"{g.Count()} {g.Key.Name()}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monitoring: {r.Parties:N0} parties screened against {r.DeltaEntities:N0} added or changed entities in {r.Elapsed.TotalSeconds:0.0} s: " +
            $"{r.Raised.Count} new alerts{(r.Raised.Count > 0 ? $" ({string.Join(", ", byReason)})" : "")}, {r.Closed.Count} closed, " +
            $"{r.AlreadyKnown} already known, {r.Suppressed} allow-listed"));
        foreach (var a in r.Raised.Take(20)) output.WriteLine("  " + ScreeningRenderer.Line(a));
        if (r.Raised.Count > 20) output.WriteLine($"  … and {r.Raised.Count - 20} more ('embargo alerts list --status open')");
        foreach (var a in r.Closed.Take(20)) output.WriteLine($"  closed alert {a.Id}: {a.ClosedNote}");
    }
}
