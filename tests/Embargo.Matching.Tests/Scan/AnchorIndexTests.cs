using Embargo.Core.Model;
using Embargo.Matching.Index;
using Embargo.Matching.Scan;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Scan;

public sealed class AnchorIndexTests
{
    [Fact]
    public void AnAnchorsOtherKeysAreTheNamesOtherWords()
    {
        var name = Prepared("KOVALENKO, Artem Borisovich");
        var anchors = new AnchorIndex([name]);

        var key = NameText.Key("artem");
        var others = Assert.Single(anchors.OthersOf(key));

        Assert.NotEqual(0UL, others & Bit("kovalenko"));
        Assert.NotEqual(0UL, others & Bit("borisovich"));
    }

    [Fact]
    public void ANameOfOneWordMayStandAloneWhateverIsNearby()
    {
        var anchors = new AnchorIndex([Prepared("HIZBALLAH")]);

        Assert.Equal(ulong.MaxValue, Assert.Single(anchors.OthersOf(NameText.Key("hizballah"))));
    }

    [Fact]
    public void AKeyTheNameHasTwiceCountsAsItsOwnOtherKey()
    {
        var anchors = new AnchorIndex([Prepared("ALI ALI HASSAN")]);

        var postings = anchors.OthersOf(NameText.Key("ali"));
        Assert.NotEmpty(postings);
        Assert.All(postings, others => Assert.NotEqual(0UL, others & Bit("ali")));
    }

    private static ulong Bit(string word) => AnchorIndex.KeyBit(StringComparer.Ordinal.GetHashCode(NameText.Key(word)));

    private static PreparedName Prepared(string full)
    {
        var index = ScreeningIndex.Build([new ListEntry
        {
            Id = "t:1", Source = "test", SourceId = "1", Kind = EntityKind.Person, Name = new EntryName { Full = full },
        }]);
        return index.PreparedNames[0];
    }
}
