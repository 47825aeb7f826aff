using Embargo.Lists.Ofac;

namespace Embargo.Lists.Tests.Ofac;

public sealed class OfacCsvAddressesTests
{
    [Theory]
    [InlineData("Moscow", "Moscow", null, null)]
    [InlineData("Moscow 117312", "Moscow", null, "117312")]
    [InlineData("Moscow, Moscow 115114", "Moscow", "Moscow", "115114")]
    [InlineData("Cumberland, MD 21502", "Cumberland", "MD", "21502")]
    [InlineData("Peshawar, Khyber Pahktunkhwa Province", "Peshawar", "Khyber Pahktunkhwa Province", null)]
    [InlineData("London W1K 7AA", "London", null, "W1K 7AA")]
    [InlineData("Vladimir Region", "Vladimir Region", null, null)]
    [InlineData("Zone 3, Beirut", "Zone 3, Beirut", null, null)]
    [InlineData("12345", "12345", null, null)]
    public void CityColumnSplitsOnlyWhenClear(string text, string city, string? region, string? postalCode)
    {
        Assert.Equal((city, region, postalCode), OfacCsvAddresses.SplitCity(text));
    }

    [Fact]
    public void AddressOfEmptyColumnsIsNone()
    {
        Assert.Null(OfacCsvAddresses.Build(null, null, null, null));
    }
}
