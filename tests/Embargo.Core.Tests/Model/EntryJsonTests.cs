using System.Globalization;
using Embargo.Core.Model;

namespace Embargo.Core.Tests.Model;

public sealed class EntryJsonTests
{
    private static readonly ListEntry Shugayev = new()
    {
        Id = "us-ofac-sdn:35746",
        Source = ListSources.OfacSdn,
        SourceId = "35746",
        Kind = EntityKind.Person,
        Name = new EntryName { Full = "SHUGAYEV, Dmitry", Parts = [new NamePart(NamePartKinds.Last, "SHUGAYEV"), new NamePart(NamePartKinds.First, "Dmitry")] },
        Aliases = [new EntryName { Full = "Шугаев Дмитрий Евгеньевич", Type = NameType.OriginalScript, Script = "Cyrl" }],
        BirthDates = [new DateOfBirth { Text = "11 Aug 1965", Date = new PartialDate(1965, 8, 11) }],
        Programs = ["RUSSIA-EO14024"],
    };

    [Fact]
    public void SerializedEntryRoundTrips()
    {
        var json = EntryJson.Serialize(Shugayev);
        Assert.Equal(json, EntryJson.Serialize(EntryJson.Deserialize(json)));
    }

    [Fact]
    public void JsonIsSnakeCaseWithReadableScriptsAndNoEmptyFields()
    {
        var json = EntryJson.Serialize(Shugayev);
        Assert.Contains("\"source_id\":\"35746\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"person\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"original_script\"", json, StringComparison.Ordinal);
        Assert.Contains("Шугаев", json, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"1965-08-11\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("nationalities", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void HashIsTheSameUnderATurkishCulture()
    {
        var invariant = EntryJson.Hash(EntryJson.Serialize(Shugayev));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(invariant, EntryJson.Hash(EntryJson.Serialize(Shugayev)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
