using Embargo.Matching.Scoring;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>
/// <see cref="SoundAlignment.Similarity"/> skips the alignment of skeletons <see cref="SoundAlignment.MayAlign"/>
/// rules out; that is only safe while it never rules out a pair the alignment would accept. Checked on random
/// skeletons with codas marked, of the letters skeletons are made of.
/// </summary>
public sealed class SoundAlignmentBoundTests
{
    private const string Letters = "bkstrmnpBKSTRMNL";

    [Fact]
    public void SkeletonsRuledOutOnTheirClassesNeverAlignWithinTheAllowance()
    {
        var random = new Random(20261122);
        var ruledOut = 0;
        const int Pairs = 20000;
        for (var p = 0; p < Pairs; p++)
        {
            var a = RandomSkeleton(random);
            var b = RandomSkeleton(random);
            foreach (var allowed in new[] { Tuning.LiquidCodaCost, Tuning.NasalCodaCost, 1.0 })
            {
                if (SoundAlignment.MayAlign(a, b, allowed)) continue;
                if (allowed == 1.0) ruledOut++;
                var cost = SoundAlignment.Cost(a, b, out var matched);
                Assert.True(matched < 2 || cost > allowed + 1e-9, $"{a} ~ {b}: ruled out at {allowed}, yet cost {cost} pairing {matched}");
            }
        }
        // The check must also be useful: most unrelated skeletons are ruled out on their classes alone.
        Assert.True(ruledOut > Pairs / 2, $"{ruledOut} of {Pairs} pairs ruled out");
    }

    private static string RandomSkeleton(Random random)
    {
        var length = random.Next(2, 8);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = Letters[random.Next(Letters.Length)];
        // Some open on a vowel, some hold one inside a run of joined syllables.
        if (random.Next(4) == 0) chars[0] = ConsonantSkeleton.VowelStart;
        if (length > 3 && random.Next(4) == 0) chars[length / 2] = ConsonantSkeleton.VowelStart;
        return new string(chars);
    }
}
