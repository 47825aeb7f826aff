using System.Diagnostics;
using System.Globalization;
using System.Text;
using Embargo.Core.Model;
using Embargo.Lists.Import;
using Embargo.Lists.Parsing;
using Embargo.Matching;
using Embargo.Matching.Scan;

namespace Embargo.Benchmarks;

/// <summary>
/// Free-text scanning speed on one core: the seed articles repeated to about half the size, plus generated prose
/// (the articles' words shuffled, with invented capitalised names and numbers, so the word cache and the score
/// cache cannot do all the work) for the other half. Scanned as one large text and as ~3 KB documents. With a
/// mentions file, every mention found is written there (one line each), so a change to the scanner can be checked
/// for what it finds as well as for speed: run before and after, and diff the files.
/// </summary>
internal static class ScanBenchmark
{
    private static readonly string[] Lists = ["ofac-sdn-2024-05", "ofac-cons-2025-12", "un-2026-02-27"];
    private const int DocumentChars = 3_000;

    public static int Run(int megabytes, string? mentionsFile)
    {
        var shared = SharedData.Directory();
        if (shared is null)
        {
            Console.Error.WriteLine("shared data not found: set EMBARGO_SHARED_DIR or place ../shared beside the repository");
            return 2;
        }
        var stopwatch = Stopwatch.StartNew();
        var index = ScreeningIndex.Build(Load(shared));
        var indexTime = stopwatch.Elapsed;
        stopwatch.Restart();
        _ = new TextScanner(index);
        var scannerTime = stopwatch.Elapsed;

        var seeds = Directory.GetFiles(Path.Combine(shared, "data", "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var repeated = Repeat(seeds, megabytes * 1_000_000 / 2);
        var generated = Generate(seeds, megabytes * 1_000_000 / 2, new Random(42));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scan benchmark: index {index.EntityCount:N0} entities / {index.NameCount:N0} names built in {indexTime.TotalSeconds:F2} s, scanner in {scannerTime.TotalMilliseconds:F0} ms; 1 thread"));

        // Warm up the JIT as a running service would be: on a scanner of its own (the measured ones start with empty
        // caches) and other generated prose, long enough for the tiered JIT to finish (a few seed articles were not:
        // the first texts measured ran partly unoptimised code).
        WarmUp(index, seeds);
        using var mentions = mentionsFile is null ? null : new StreamWriter(mentionsFile, false, new UTF8Encoding(false));
        // Each text on a scanner of its own, its word and score caches empty (the JIT warmed above): a cold start.
        Measure("seed articles repeated, one text", new TextScanner(index), [repeated], mentions);
        Measure("generated prose, one text", new TextScanner(index), [generated], mentions);
        var seedScanner = new TextScanner(index);
        var proseScanner = new TextScanner(index);
        Measure("seed articles repeated, 3 KB documents", seedScanner, Split(repeated), mentions);
        Measure("generated prose, 3 KB documents", proseScanner, Split(generated), mentions);
        // The same documents again on the same scanners: a running service that has seen these words and names before.
        Measure("seed articles, 3 KB documents, warm", seedScanner, Split(repeated), null);
        Measure("generated prose, 3 KB documents, warm", proseScanner, Split(generated), null);
        return 0;
    }

    private static void WarmUp(ScreeningIndex index, string[] seeds)
    {
        var scanner = new TextScanner(index);
        var other = Generate(seeds, 1_000_000, new Random(7));
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(2))
        {
            scanner.Scan(string.Concat(seeds));
            scanner.Scan(other);
            foreach (var document in Split(other)) scanner.Scan(document);
            scanner = new TextScanner(index);
        }
    }

    private static void Measure(string label, TextScanner scanner, IReadOnlyList<string> texts, StreamWriter? mentions)
    {
        long bytes = 0;
        foreach (var t in texts) bytes += Encoding.UTF8.GetByteCount(t);
        GC.Collect();
        // CPU time beside wall time: on a shared machine the wall clock counts other processes' turns too.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        int strong = 0, weak = 0;
        foreach (var text in texts)
        {
            foreach (var m in scanner.Scan(text).Mentions)
            {
                if (m.Strength == MentionStrength.Strong) strong++;
                else weak++;
            }
        }
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        if (mentions is not null) WriteMentions(label, scanner, texts, mentions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-42} {bytes / 1e6,7:F1} MB in {seconds,6:F2} s = {bytes / 1e6 / seconds,6:F1} MB/s; CPU {cpuSeconds,6:F2} s = {bytes / 1e6 / cpuSeconds,6:F1} MB/s  ({strong:N0} strong, {weak:N0} needing context)"));
    }

    // Scanned again, outside the timing: the text, place, entity, name, score and strength of every mention.
    private static void WriteMentions(string label, TextScanner scanner, IReadOnlyList<string> texts, StreamWriter into)
    {
        for (var t = 0; t < texts.Count; t++)
        {
            foreach (var m in scanner.Scan(texts[t]).Mentions)
            {
                into.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}\t{t}\t{m.Start}\t{m.Length}\t{m.Text}\t{m.Entry.Id}\t{m.MatchedName.Full}\t{m.Score:F4}\t{m.Strength}"));
            }
        }
    }

    private static string Repeat(string[] seeds, int size)
    {
        var builder = new StringBuilder(size + 10_000);
        while (builder.Length < size)
        {
            foreach (var seed in seeds) builder.Append(seed).Append("\n\n");
        }
        return builder.ToString();
    }

    // Sentences of 8-30 words drawn from the articles' vocabulary, with invented names (capitalised syllables) and numbers.
    private static string Generate(string[] seeds, int size, Random random)
    {
        var words = string.Join(' ', seeds).Split([' ', '\n', '\r', '\t', ',', '.', '"', '(', ')', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
        string[] syllables = ["ka", "ro", "mi", "tan", "vel", "dor", "shi", "an", "lu", "bek", "zor", "pa", "ni", "ev", "os", "ter", "gu", "ly"];
        var builder = new StringBuilder(size + 1_000);
        while (builder.Length < size)
        {
            var count = random.Next(8, 31);
            for (var i = 0; i < count; i++)
            {
                if (i > 0) builder.Append(' ');
                var roll = random.Next(100);
                if (roll < 8)
                {
                    var parts = random.Next(2, 4);
                    for (var p = 0; p < parts; p++)
                    {
                        var s = syllables[random.Next(syllables.Length)];
                        builder.Append(p == 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s);
                    }
                }
                else if (roll < 11)
                {
                    builder.Append(random.Next(1, 100_000).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(words[random.Next(words.Length)]);
                }
            }
            builder.Append(random.Next(10) == 0 ? ".\n" : ". ");
        }
        return builder.ToString();
    }

    private static List<string> Split(string text)
    {
        var parts = new List<string>(text.Length / DocumentChars + 1);
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + DocumentChars);
            // Cut at a space so no word is split.
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            parts.Add(text[start..end]);
            start = end;
        }
        return parts;
    }

    private static List<ListEntry> Load(string shared)
    {
        var entries = new List<ListEntry>();
        foreach (var list in Lists)
        {
            var detected = ListFormatDetector.DetectOne([Path.Combine(shared, "data", "lists", list)], null);
            var parse = detected.Parser.ParseAsync(detected.Files, new ParseContext(), default).GetAsyncEnumerator();
            while (parse.MoveNextAsync().AsTask().GetAwaiter().GetResult()) entries.Add(parse.Current);
        }
        return entries;
    }
}
