using Embargo.Core.Model;
using Embargo.Core.Parties;

namespace Embargo.Core.Tests.Parties;

public sealed class PartyContentTests
{
    private static readonly Party Customer = new()
    {
        Id = "C-1", Name = "Ivan Sidorov", Kind = EntityKind.Person, Aliases = ["Vanya Sidorov"], BirthDate = new PartialDate(1971, 3),
        Country = "RU", IdNumber = "7712 345678", Gender = "male", Address = "12 Invented Lane",
    };

    [Fact]
    public void TheHashDependsOnScreenedDataOnly()
    {
        var hash = PartyContent.Hash(Customer);
        Assert.Equal(hash, PartyContent.Hash(Customer with { Address = "elsewhere", Id = "C-2", UpdatedAt = DateTimeOffset.UtcNow }));
        Assert.NotEqual(hash, PartyContent.Hash(Customer with { Name = "Ivan Sidorow" }));
        Assert.NotEqual(hash, PartyContent.Hash(Customer with { Aliases = [] }));
        Assert.NotEqual(hash, PartyContent.Hash(Customer with { BirthDate = new PartialDate(1971) }));
        Assert.NotEqual(hash, PartyContent.Hash(Customer with { Country = "UA" }));
        Assert.NotEqual(hash, PartyContent.Hash(Customer with { IdNumber = null }));
    }

    [Fact]
    public void ChangedFieldsNameWhatDiffers()
    {
        var before = PartyContent.Canonical(Customer);
        var after = PartyContent.Canonical(Customer with { Name = "Ivan Sidorow", Country = null });
        Assert.Equal(["name", "country"], PartyContent.ChangedFields(before, after));
    }
}
