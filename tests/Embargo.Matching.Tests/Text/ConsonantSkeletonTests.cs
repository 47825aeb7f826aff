using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class ConsonantSkeletonTests
{
    [Theory]
    [InlineData("rosenberg", "ruznbrg")]   // Hebrew רוזנברג as romanised
    [InlineData("muhammad", "mhmd")]       // Arabic محمد
    [InlineData("mohamed", "mhmd")]
    [InlineData("gerry", "jeli")]          // Korean 제리: one liquid
    [InlineData("french", "fulunqi")]      // Chinese 弗伦奇
    [InlineData("leachman", "liqiman")]    // Chinese 利奇曼
    public void CrossScriptSpellingsShareASkeleton(string latin, string romanised) =>
        Assert.Equal(NameText.Skeleton(latin), NameText.Skeleton(romanised));

    [Theory]
    [InlineData("lavrov", "lebrun")]
    [InlineData("putin", "medvedev")]
    [InlineData("kim", "pak")]
    public void DifferentConsonantsKeepDifferentSkeletons(string a, string b) =>
        Assert.NotEqual(NameText.Skeleton(a), NameText.Skeleton(b));

    [Fact]
    public void VowelsAndGlidesAreLeftOut() => Assert.Equal("mn", NameText.Skeleton("hwaiyamun"));
}
