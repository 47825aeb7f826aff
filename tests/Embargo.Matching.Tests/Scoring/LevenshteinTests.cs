using Embargo.Matching.Scoring;

namespace Embargo.Matching.Tests.Scoring;

public sealed class LevenshteinTests
{
    // Small alphabets make near strings, transpositions and repeats common; the last mixes scripts and non-ASCII.
    public static TheoryData<string> Alphabets => ["ab", "abcd", "abcdefghijklmnopqrstuvwxyz", "aäßçéøжшя中文ا"];

    [Theory]
    [MemberData(nameof(Alphabets))]
    public void BitParallelDistanceAgreesWithTheTableOnRandomStrings(string alphabet)
    {
        var random = new Random(20261122);
        for (var n = 0; n < 4000; n++)
        {
            var a = RandomString(random, alphabet, random.Next(0, 20));
            var b = random.Next(3) == 0 ? Mutate(random, alphabet, a) : RandomString(random, alphabet, random.Next(0, 20));
            var expected = Levenshtein.Reference(a, b);
            for (var max = 0; max <= 4; max++)
            {
                var actual = Levenshtein.Distance(a, b, max);
                Assert.True(expected <= max ? actual == expected : actual > max, $"'{a}' '{b}' max {max}: {actual}, table {expected}");
            }
            Assert.Equal(expected, Levenshtein.Distance(a, b, 64));
        }
    }

    [Fact]
    public void TokensUpToSixtyThreeCharactersAreMeasured()
    {
        var a = new string('a', 63);
        var b = string.Concat(new string('a', 61), "ba");
        Assert.Equal(Levenshtein.Reference(a, b), Levenshtein.Distance(a, b, 5));
    }

    [Theory]
    [InlineData("shugaev", "shugayev", 1)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("mohammed", "muhammad", 2)]
    public void KnownDistances(string a, string b, int distance) => Assert.Equal(distance, Levenshtein.Distance(a, b, 3));

    private static string RandomString(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    // A few random edits of a: insertions, deletions, substitutions and swaps of neighbours.
    private static string Mutate(Random random, string alphabet, string a)
    {
        var chars = new List<char>(a);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 1 when chars.Count > 0: chars.RemoveAt(at); break;
                case 2 when chars.Count > 0: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }
        return new string([.. chars]);
    }
}
