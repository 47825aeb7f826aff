using Embargo.Core.Model;
using Embargo.Matching.Text;

namespace Embargo.Matching.Tests.Text;

public sealed class TokenRolesTests
{
    [Theory]
    [InlineData("al", TokenRole.Particle)]
    [InlineData("bin", TokenRole.Particle)]
    [InlineData("van", TokenRole.Particle)]
    [InlineData("sheikh", TokenRole.Title)]
    [InlineData("general", TokenRole.Title)]
    [InlineData("ooo", TokenRole.LegalForm)]
    [InlineData("gmbh", TokenRole.LegalForm)]
    [InlineData("shugayev", TokenRole.Word)]
    [InlineData("mv", TokenRole.Word)]
    public void UnknownKindGetsEveryRoleButVesselPrefixes(string token, TokenRole role) => Assert.Equal(role, TokenRoles.Of(token));

    [Fact]
    public void VesselPrefixesOnlyForVessels()
    {
        Assert.Equal(TokenRole.VesselPrefix, TokenRoles.Of("mv", EntityKind.Vessel));
        Assert.Equal(TokenRole.Word, TokenRoles.Of("mv", EntityKind.Organization));
        Assert.Equal(TokenRole.Title, TokenRoles.Of("ms", EntityKind.Person));
    }

    [Fact]
    public void PersonsHaveNoLegalForms() => Assert.Equal(TokenRole.Word, TokenRoles.Of("ao", EntityKind.Person));

    [Fact]
    public void OrganisationsHaveNoTitles() => Assert.Equal(TokenRole.Word, TokenRoles.Of("general", EntityKind.Organization));

    [Fact]
    public void AgIsALegalFormForOrganisationsAndAParticleForPersons()
    {
        Assert.Equal(TokenRole.LegalForm, TokenRoles.Of("ag", EntityKind.Organization));
        Assert.Equal(TokenRole.Particle, TokenRoles.Of("ag", EntityKind.Person)); // Iyad Ag Ghaly
    }

    [Fact]
    public void ClassifyMarksPhrases()
    {
        var tokens = NameText.Tokenize(NameText.Fold("Grupo Acme S.A. de C.V."));
        var roles = new TokenRole[tokens.Length];
        TokenRoles.Classify(tokens, EntityKind.Organization, roles);
        Assert.Equal([TokenRole.Word, TokenRole.Word, TokenRole.LegalForm, TokenRole.LegalForm, TokenRole.LegalForm], roles);
    }

    [Fact]
    public void ClassifyMarksASpacedVesselPrefix()
    {
        var tokens = NameText.Tokenize(NameText.Fold("M/V SEA STAR"));
        var roles = new TokenRole[tokens.Length];
        TokenRoles.Classify(tokens, EntityKind.Vessel, roles);
        Assert.Equal([TokenRole.VesselPrefix, TokenRole.VesselPrefix, TokenRole.Word, TokenRole.Word], roles);
    }

    [Fact]
    public void InitialsOfAPersonAreNoVesselPrefix()
    {
        var tokens = NameText.Tokenize(NameText.Fold("M V Smith"));
        var roles = new TokenRole[tokens.Length];
        TokenRoles.Classify(tokens, EntityKind.Person, roles);
        Assert.All(roles, role => Assert.Equal(TokenRole.Word, role));
    }

    [Theory]
    [InlineData("viktorovich", true)]
    [InlineData("sergeyevna", true)]
    [InlineData("oglu", true)]
    [InlineData("ivanov", false)]
    [InlineData("vich", false)]
    public void PatronymicsAreKnownByTheirEnding(string token, bool patronymic) => Assert.Equal(patronymic, TokenRoles.IsPatronymic(token));

    [Fact]
    public void LineageParticlesAreParticles()
    {
        Assert.True(TokenRoles.IsLineageParticle("bin"));
        Assert.True(TokenRoles.IsLineageParticle("ibn"));
        Assert.False(TokenRoles.IsLineageParticle("al"));
    }
}
