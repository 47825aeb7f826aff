using Embargo.Matching.Index;

namespace Embargo.Matching.Tests.Index;

public sealed class CandidateIndexTests
{
    [Theory]
    [InlineData("iang", "jang")] // one letter different
    [InlineData("iang", "ang")] // one letter fewer
    [InlineData("tian", "tiani")] // one letter more
    [InlineData("tian", "itan")] // two letters swapped
    [InlineData("ang", "iang")] // one letter more, the other way round
    [InlineData("muhamad", "muhammed")] // two edits in eight letters: a fuzzy match still
    public void KeysAFuzzyMatchCouldPairAreNear(string key, string near) =>
        Assert.True(CandidateIndex.IsWithinFuzzyReach(key, near));

    [Theory]
    [InlineData("iang", "iran")] // yang and Iran share "ian" after one deletion each, but are two edits apart
    [InlineData("tian", "ivan")]
    [InlineData("jung", "juhn")]
    [InlineData("tian", "tn")]
    [InlineData("tian", "tiannn")]
    public void KeysTwoEditsApartInFourLettersAreNotNear(string key, string near) =>
        Assert.False(CandidateIndex.IsWithinFuzzyReach(key, near));

    [Fact]
    public void NearKeysWithinReachAreTheNearKeysAFuzzyMatchCouldPairAskedOnceOrTwice()
    {
        var random = new Random(7);
        var names = new List<PreparedName>();
        for (var n = 0; n < 400; n++) names.Add(PreparedName.Create(RandomKey(random, random.Next(4, 9)) + " " + RandomKey(random, 6), Core.Model.EntityKind.Person));
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in names.SelectMany(p => p.Keys)) frequency[key] = frequency.GetValueOrDefault(key) + 1;
        var statistics = new TokenStatistics(frequency, names.Count);
        var index = CandidateIndex.Build(names, statistics);
        for (var n = 0; n < 2_000; n++)
        {
            var key = Mutate(names[random.Next(names.Count)].Keys[0], random, random.Next(1, 3));
            var all = new List<IndexedKey>();
            index.NearKeys(key, all);
            var expected = all.Where(k => !k.VeryCommon && CandidateIndex.IsWithinFuzzyReach(key, k.Key)).Select(k => k.Key).ToList();
            Assert.Equal(expected, index.NearKeysWithinReach(key).Select(k => k.Key));
            Assert.Equal(expected, index.NearKeysWithinReach(key).Select(k => k.Key)); // remembered
        }
    }

    [Fact]
    public void FuzzyReachIsTheEditDistanceAFuzzyMatchAllows()
    {
        var random = new Random(5);
        for (var n = 0; n < 20_000; n++)
        {
            var key = RandomKey(random, random.Next(4, 8));
            var near = Mutate(key, random, random.Next(1, 3));
            var allowed = Math.Max(1, (int)Math.Floor(Math.Max(key.Length, near.Length) * (1 - Tuning.MinFuzzySimilarity)));
            var expected = Embargo.Matching.Scoring.Levenshtein.Distance(key, near, allowed) <= allowed;
            Assert.True(expected == CandidateIndex.IsWithinFuzzyReach(key, near), $"{key} / {near}");
        }
    }

    private static string RandomKey(Random random, int length)
    {
        var letters = new char[length];
        for (var i = 0; i < length; i++) letters[i] = "aeinrstu"[random.Next(8)];
        return new string(letters);
    }

    // One or two random edits: a letter changed, dropped, added, or two adjacent letters swapped.
    private static string Mutate(string key, Random random, int edits)
    {
        var text = key;
        for (var e = 0; e < edits && text.Length > 1; e++)
        {
            var at = random.Next(text.Length - 1);
            text = random.Next(4) switch
            {
                0 => text[..at] + "aeinrstu"[random.Next(8)] + text[(at + 1)..],
                1 => text.Remove(at, 1),
                2 => text.Insert(at, "aeinrstu"[random.Next(8)].ToString()),
                _ => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
            };
        }
        return text;
    }
}
