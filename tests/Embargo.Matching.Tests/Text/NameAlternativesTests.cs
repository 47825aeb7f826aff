using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class NameAlternativesTests
{
    [Theory]
    [InlineData("Northwind Brigade/Southern Freight Alliance", "Northwind Brigade", "Southern Freight Alliance")]
    [InlineData("Al-Qa'ida/Islamic Army", "Al-Qa'ida", "Islamic Army")]
    [InlineData("Northwind Brigade / Southern Freight Alliance", "Northwind Brigade", "Southern Freight Alliance")]
    public void SlashBetweenWordsSeparatesAlternatives(string name, string first, string second) =>
        Assert.Equal([first, second], NameAlternatives.Of(name));

    [Theory]
    [InlineData("Nordlicht Versand A/S")]
    [InlineData("M/V Northwind Star")]
    [InlineData("Nordlicht Versand c/o Harbor Trust")]
    [InlineData("Northwind Movement/A")]
    [InlineData("Nordlicht Versand S.A./Offshore")]
    [InlineData("Nordlicht Versand")]
    public void SlashBesideAnAbbreviationSeparatesNothing(string name) => Assert.Empty(NameAlternatives.Of(name));
}
