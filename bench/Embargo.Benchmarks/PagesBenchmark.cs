using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Embargo.Core.Access;
using Embargo.Hosting;
using Embargo.Hosting.Parties;
using Embargo.Lists.Import;
using Embargo.Server;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Embargo.Benchmarks;

/// <summary>
/// How long the web interface's pages take, measured over loopback HTTP against a real server with the shared
/// official lists (OFAC SDN and consolidated, UN) and a review workload (monitored parties, alerts). One client,
/// sequential requests, so each figure is one page's server time plus loopback.
/// </summary>
internal static partial class PagesBenchmark
{
    private const string Password = "bench-password-1";

    public static async Task<int> RunAsync(int requests)
    {
        var shared = SharedData.Directory();
        if (shared is null || !Directory.Exists(Path.Combine(shared, "data")))
        {
            Console.Error.WriteLine("pages benchmark: shared data not found; set EMBARGO_SHARED_DIR");
            return 2;
        }
        var lists = Path.Combine(shared, "data", "lists");
        var screening = Path.Combine(shared, "data", "bench", "screening");
        var work = Path.Combine(Path.GetTempPath(), "embargo-pages-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using var engine = await EmbargoEngine.OpenAsync(work, TimeProvider.System, default);
            var setup = Stopwatch.StartNew();
            foreach (var list in engine.Lists.Detect([Path.Combine(lists, "ofac-sdn-2024-05"), Path.Combine(lists, "ofac-cons-2025-12"), Path.Combine(lists, "un-2026-02-27")], null))
                await engine.Lists.ImportAsync(list, ImportOptions.Default, null, default);
            await engine.Users.AddAsync(Actor.System, "bench", "Bench Admin", [ApiRole.Admin], Password, default);
            var alerts = await AddListedPartiesAsync(engine, Path.Combine(screening, "un_positives_untreated.csv"), 300);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pages benchmark: {Environment.ProcessorCount} cores; SDN 2024-05 + consolidated 2025-12 + UN 2026-02-27; 300 parties screened ({alerts} alerts); setup {setup.Elapsed.TotalSeconds:F1} s; {requests} requests per page after 20 warm-up"));

            await using var app = EmbargoServer.Build(engine, new ServerOptions { Urls = ["http://127.0.0.1:0"] });
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
            await SignInAsync(client);

            var firstAlert = (await engine.Alerts.ListAsync(Actor.System, new Core.Alerts.AlertQuery { Limit = 1 }, default)).Alerts.FirstOrDefault()?.Id;
            string[] pages =
            [
                "/ui/screen",
                "/ui/screen?name=Vladimir+Putin",
                "/ui/screen?name=Rosoboronexport",
                "/ui/entities/us-ofac-sdn:35096",
                "/ui/alerts",
                firstAlert is null ? "/ui/alerts" : "/ui/alerts/" + firstAlert,
                "/ui/parties",
                "/ui/batch",
                "/ui/scan",
                "/ui/lists",
                "/ui/audit",
            ];
            Console.WriteLine($"{"page",-40} {"status",6} {"median ms",10} {"p95 ms",8} {"max ms",8} {"KB",6}");
            foreach (var page in pages) await MeasureAsync(client, page, requests);
            await app.StopAsync();
            // The matcher's share of the screen pages: the same queries straight on the index, with the page's limit.
            var index = (await engine.Screening.GetIndexAsync(default)).Index;
            foreach (var name in (string[])["Vladimir Putin", "Rosoboronexport"])
            {
                var query = new Matching.MatchQuery { Name = name };
                var options = new Matching.MatchOptions { Limit = 10 };
                for (var i = 0; i < 20; i++) index.Screen(query, options);
                var times = new double[requests];
                for (var i = 0; i < requests; i++)
                {
                    var watch = Stopwatch.StartNew();
                    index.Screen(query, options);
                    times[i] = watch.Elapsed.TotalMilliseconds;
                }
                Array.Sort(times);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"index only: " + name,-40} {"",6} {times[requests / 2],10:F2} {times[(int)(requests * 0.95)],8:F2} {times[^1],8:F2}"));
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<int> AddListedPartiesAsync(EmbargoEngine engine, string file, int count)
    {
        var alerts = 0;
        var added = 0;
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            if (added == count) break;
            var fields = line.Split(',');
            if (fields.Length < 3 || fields[1].Contains('"', StringComparison.Ordinal)) continue;
            var (_, screening) = await engine.Parties.AddAsync(Actor.System, "bench-" + fields[0], new PartyInput { Name = fields[1], Kind = "person" }, screen: true, default);
            alerts += screening?.Raised.Count ?? 0;
            added++;
        }
        return alerts;
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var form = await client.GetStringAsync(new Uri("/ui/signin", UriKind.Relative));
        var token = TokenField().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = "bench",
            ["password"] = Password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/ui/signin", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
    }

    private static async Task MeasureAsync(HttpClient client, string page, int requests)
    {
        var uri = new Uri(page, UriKind.Relative);
        var status = 0;
        long bytes = 0;
        for (var i = 0; i < 20; i++)
        {
            using var warm = await client.GetAsync(uri);
            status = (int)warm.StatusCode;
            bytes = (await warm.Content.ReadAsByteArrayAsync()).Length;
        }
        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(uri);
            await response.Content.ReadAsByteArrayAsync();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{page,-40} {status,6} {times[requests / 2],10:F2} {times[(int)(requests * 0.95)],8:F2} {times[^1],8:F2} {bytes / 1024.0,6:F1}"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
