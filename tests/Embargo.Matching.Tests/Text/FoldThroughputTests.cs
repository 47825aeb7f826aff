using System.Diagnostics;
using System.Text;
using Embargo.Matching.Text;
using Embargo.Testing;
using Xunit.Abstractions;

namespace Embargo.Matching.Tests.Text;

/// <summary>
/// A quick figure, not a timing assertion (BenchmarkDotNet measures properly): Fold calls per second on 10,000
/// real names, Latin ones from the OFAC SDN list and native ones from the transliteration pairs. Run with
/// <c>--logger "console;verbosity=detailed"</c> to see it.
/// </summary>
public sealed class FoldThroughputTests(ITestOutputHelper output)
{
    private const int NameCount = 10_000;

    [SharedDataFact]
    public void FoldsTenThousandListNames() => Report("OFAC SDN names", SdnNames());

    [SharedDataFact]
    public void FoldsTenThousandNativeScriptNames() => Report("native-script names", NativeNames());

    private void Report(string what, List<string> names)
    {
        Assert.Equal(NameCount, names.Count);
        foreach (var name in names) NameText.Fold(name); // warm up: ICU transliterators open once per thread
        var clock = Stopwatch.StartNew();
        var letters = 0;
        const int Rounds = 3;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var name in names) letters += NameText.Fold(name).Length;
        }
        clock.Stop();
        var perSecond = Rounds * NameCount / clock.Elapsed.TotalSeconds;
        output.WriteLine($"{what}: {perSecond:N0} Fold calls per second ({clock.Elapsed.TotalMilliseconds / (Rounds * NameCount) * 1000:F2} µs each)");
        Assert.True(letters > 0);
        Assert.All(names, name => Assert.Matches("^[a-z0-9 ]*$", NameText.Fold(name)));
    }

    private static List<string> SdnNames()
    {
        var names = new List<string>(NameCount);
        var latin1 = Encoding.Latin1;
        foreach (var file in new[] { "sdn.csv", "alt.csv" })
        {
            foreach (var line in File.ReadLines(SharedData.Path("lists", "ofac-sdn-2024-05", file), latin1))
            {
                // sdn.csv: ent_num,"name",...; alt.csv: ent_num,alt_num,"type","name",...
                var fields = line.Split('"');
                var name = file == "sdn.csv" ? fields.ElementAtOrDefault(1) : fields.ElementAtOrDefault(5);
                if (!string.IsNullOrWhiteSpace(name)) names.Add(name);
                if (names.Count == NameCount) return names;
            }
        }
        return names;
    }

    private static List<string> NativeNames()
    {
        var names = new List<string>(NameCount);
        foreach (var file in new[] { "ru-tokens", "ar-tokens", "he-fullnames", "ko-fullnames", "zh-tokens" })
        {
            foreach (var (_, native) in TranslitPairs.Load(file).Pairs)
            {
                names.Add(native);
                if (names.Count == NameCount) return names;
            }
        }
        return names;
    }
}
