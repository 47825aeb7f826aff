using BenchmarkDotNet.Attributes;
using Embargo.Core.Model;
using Embargo.Lists.Import;
using Embargo.Lists.Parsing;
using Embargo.Matching;
using Embargo.Matching.Text;

namespace Embargo.MicroBenchmarks;

/// <summary>The three hot paths: folding a name, scoring a pair, screening one query against the full lists.</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private ScreeningIndex _index = null!;
    private readonly MatchQuery _positive = new() { Name = "Nikolay Patrushev" };
    private readonly MatchQuery _negative = new() { Name = "Patricia Lucas Wheeler" };

    [GlobalSetup]
    public void Setup()
    {
        var shared = Environment.GetEnvironmentVariable("EMBARGO_SHARED_DIR") ?? Path.GetFullPath(Path.Combine(FindRepository(), "..", "shared"));
        var entries = new List<ListEntry>();
        foreach (var path in new[] { "ofac-sdn-2024-05", "ofac-cons-2025-12", Path.Combine("un-2026-02-27", "consolidated.xml") })
        {
            var list = ListFormatDetector.DetectOne([Path.Combine(shared, "data", "lists", path)], null);
            var e = list.Parser.ParseAsync(list.Files, new ParseContext(), default).GetAsyncEnumerator();
            while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult()) entries.Add(e.Current);
        }
        _index = ScreeningIndex.Build(entries);
    }

    [Benchmark]
    public string FoldLatin() => NameText.Fold("AL-FAQIH, Abd al-Rahman Müller-Lüdenscheidt");

    [Benchmark]
    public string FoldCyrillic() => NameText.Fold("Шугаев Дмитрий Евгеньевич");

    [Benchmark]
    public double ScorePair() => NameComparer.Compare("Nikolay Patrushev", "PATRUSHEV, Nikolai Platonovich", EntityKind.Person, Tuning.DefaultThreshold, _index).Score;

    [Benchmark]
    public int ScreenPositive() => _index.Screen(_positive, MatchOptions.Default).Count;

    [Benchmark]
    public int ScreenNegative() => _index.Screen(_negative, MatchOptions.Default).Count;

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Embargo.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("run from inside the repository, or set EMBARGO_SHARED_DIR");
    }
}
