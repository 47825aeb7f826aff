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

        Assert.True(KeySets.Meet(others, Set("kovalenko")));
        Assert.True(KeySets.Meet(others, Set("borisovich")));
    }

    [Fact]
    public void ANameOfOneWordMayStandAloneWhateverIsNearby()
    {
        var anchors = new AnchorIndex([Prepared("HIZBALLAH")]);

        Assert.Equal(KeySets.All, Assert.Single(anchors.OthersOf(NameText.Key("hizballah"))));
    }

    [Fact]
    public void AKeyTheNameHasTwiceCountsAsItsOwnOtherKey()
    {
        var anchors = new AnchorIndex([Prepared("ALI ALI HASSAN")]);

        var postings = anchors.OthersOf(NameText.Key("ali"));
        Assert.NotEmpty(postings);
        Assert.All(postings, others => Assert.True(KeySets.Meet(others, Set("ali"))));
    }

    [Fact]
    public void ANameWokenByAnotherKeyOfItsOwnNeedsItsOtherWordsNotThatOne()
    {
        var name = Prepared("KOVALENKO, Artem Borisovich");

        var others = AnchorIndex.OtherWordKeys(name, NameText.Key("kovalenko"));

        Assert.True(KeySets.Meet(others, Set("artem")));
        Assert.True(KeySets.Meet(others, Set("borisovich")));
    }

    [Fact]
    public void ARunTogetherKeyNoWordOfTheNameHasLeavesAllItsWordsAsOthers()
    {
        var name = Prepared("KOVALENKO, Artem Borisovich");

        var others = AnchorIndex.OtherWordKeys(name, NameText.Key("artemborisovich"));

        Assert.True(KeySets.Meet(others, Set("kovalenko")));
        Assert.True(KeySets.Meet(others, Set("artem")));
        Assert.True(KeySets.Meet(others, Set("borisovich")));
    }

    [Fact]
    public void ANameOfOneWordNeedsNoOtherWordWhicheverKeyWokeIt()
    {
        Assert.Equal(KeySets.All, AnchorIndex.OtherWordKeys(Prepared("HIZBALLAH"), NameText.Key("hizballah")));
    }

    private static System.Runtime.Intrinsics.Vector512<ulong> Set(string word) => KeySets.Of(StringComparer.Ordinal.GetHashCode(NameText.Key(word)));

    private static PreparedName Prepared(string full)
    {
        var index = ScreeningIndex.Build([new ListEntry
        {
            Id = "t:1", Source = "test", SourceId = "1", Kind = EntityKind.Person, Name = new EntryName { Full = full },
        }]);
        return index.PreparedNames[0];
    }
}
