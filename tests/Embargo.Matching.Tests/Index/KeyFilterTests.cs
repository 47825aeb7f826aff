using Embargo.Matching.Index;

namespace Embargo.Matching.Tests.Index;

public sealed class KeyFilterTests
{
    [Fact]
    public void EveryKeyPutInIsSaidToBeThere()
    {
        var random = new Random(11);
        var keys = Enumerable.Range(0, 50_000).Select(_ => RandomKey(random)).ToArray();
        var filter = new KeyFilter(keys);

        Assert.All(keys, key => Assert.True(filter.MayContain(key)));
    }

    [Fact]
    public void FewKeysLeftOutAreSaidToBeThere()
    {
        var random = new Random(12);
        var filter = new KeyFilter(Enumerable.Range(0, 50_000).Select(_ => RandomKey(random)).ToArray());

        var others = Enumerable.Range(0, 10_000).Select(_ => RandomKey(random) + "q").ToArray();
        var wronglyThere = others.Count(key => filter.MayContain(key));

        Assert.True(wronglyThere < others.Length / 20, $"{wronglyThere} of {others.Length} absent keys passed the filter");
    }

    private static string RandomKey(Random random)
    {
        var chars = new char[random.Next(3, 14)];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)('a' + random.Next(26));
        return new string(chars);
    }
}
