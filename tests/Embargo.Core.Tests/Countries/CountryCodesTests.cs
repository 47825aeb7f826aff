using Embargo.Core.Countries;

namespace Embargo.Core.Tests.Countries;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("Russia", "RU")]
    [InlineData("Turkey", "TR")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Korea, North", "KP")]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Burma", "MM")]
    [InlineData("china", "CN")]
    [InlineData("United Arab Emirates", "AE")]
    [InlineData("DE", "DE")]
    [InlineData("Moscow, Russia", "RU")]
    public void ListSpellingsResolveToIsoCodes(string name, string code) => Assert.Equal(code, CountryCodes.Resolve(name));

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData(null)]
    public void UnknownCountriesResolveToNull(string? name) => Assert.Null(CountryCodes.Resolve(name));
}
