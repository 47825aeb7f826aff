using System.Globalization;
using System.Text;
using Embargo.Hosting;

namespace Embargo.Server.Metrics;

/// <summary>Writes the metrics in the Prometheus text exposition format (version 0.0.4).</summary>
internal static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(ServerMetrics metrics, ActiveIndex? index)
    {
        var text = new StringBuilder();
        Header(text, "embargo_http_requests_total", "counter", "HTTP requests by method, route template and status.");
        foreach (var (labels, count) in metrics.Requests.OrderBy(r => r.Labels.Route, StringComparer.Ordinal).ThenBy(r => r.Labels.Status))
            Line(text, "embargo_http_requests_total", count, ("method", labels.Method), ("route", labels.Route), ("status", labels.Status.ToString(CultureInfo.InvariantCulture)));

        Header(text, "embargo_http_request_duration_seconds", "histogram", "HTTP request latency by route template.");
        foreach (var (route, histogram) in metrics.Latencies.OrderBy(l => l.Route, StringComparer.Ordinal))
        {
            var (cumulative, sum) = histogram.Read();
            for (var i = 0; i < cumulative.Length; i++)
            {
                var bound = i < LatencyHistogram.Bounds.Length ? LatencyHistogram.Bounds[i].ToString(CultureInfo.InvariantCulture) : "+Inf";
                Line(text, "embargo_http_request_duration_seconds_bucket", cumulative[i], ("route", route), ("le", bound));
            }
            Line(text, "embargo_http_request_duration_seconds_sum", sum, ("route", route));
            Line(text, "embargo_http_request_duration_seconds_count", cumulative[^1], ("route", route));
        }

        Header(text, "embargo_screenings_total", "counter", "Parties screened, by surface.");
        foreach (var (surface, count) in metrics.Screenings.OrderBy(s => s.Surface, StringComparer.Ordinal))
            Line(text, "embargo_screenings_total", count, ("surface", surface));
        Header(text, "embargo_screening_matches_total", "counter", "Screened parties with at least one match, by surface.");
        foreach (var (surface, count) in metrics.Matches.OrderBy(s => s.Surface, StringComparer.Ordinal))
            Line(text, "embargo_screening_matches_total", count, ("surface", surface));

        Header(text, "embargo_snapshot_info", "gauge", "The active list snapshots (value 1), with source and version.");
        if (index is not null)
        {
            foreach (var snapshot in index.Snapshots)
                Line(text, "embargo_snapshot_info", 1, ("source", snapshot.Source), ("version", snapshot.Version));
            Header(text, "embargo_snapshot_entities", "gauge", "Entities in each active snapshot.");
            foreach (var snapshot in index.Snapshots)
                Line(text, "embargo_snapshot_entities", snapshot.Counts.Entities, ("source", snapshot.Source));
            Header(text, "embargo_index_entities", "gauge", "Entities in the screening index.");
            Line(text, "embargo_index_entities", index.Index.EntityCount);
            Header(text, "embargo_index_names", "gauge", "Names and aliases in the screening index.");
            Line(text, "embargo_index_names", index.Index.NameCount);
            Header(text, "embargo_index_build_seconds", "gauge", "How long the current screening index took to build.");
            Line(text, "embargo_index_build_seconds", index.BuildTime.TotalSeconds);
        }
        return text.ToString();
    }

    private static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static void Line(StringBuilder text, string name, double value, params (string Name, string Value)[] labels)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{');
            for (var i = 0; i < labels.Length; i++)
            {
                if (i > 0) text.Append(',');
                text.Append(labels[i].Name).Append("=\"").Append(Escape(labels[i].Value)).Append('"');
            }
            text.Append('}');
        }
        text.Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
