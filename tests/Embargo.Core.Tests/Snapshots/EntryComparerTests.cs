using Embargo.Core.Snapshots;

namespace Embargo.Core.Tests.Snapshots;

public sealed class EntryComparerTests
{
    [Fact]
    public void NamesFieldsThatChangedAppearedOrDisappeared()
    {
        var older = """{"id":"x","programs":["A"],"remarks":"old","gender":"male"}""";
        var newer = """{"id":"x","programs":["A","B"],"remarks":"old","aliases":[{"full":"N"}]}""";
        Assert.Equal(["programs", "aliases", "gender"], EntryComparer.ChangedFields(older, newer));
    }

    [Fact]
    public void IdenticalEntriesHaveNoChangedFields() =>
        Assert.Empty(EntryComparer.ChangedFields("""{"id":"x","programs":["A"]}""", """{"id":"x","programs":["A"]}"""));
}
