using Embargo.Core.Model;
using Embargo.Lists.Download;

namespace Embargo.Lists.Tests.Download;

public sealed class OfficialSourcesTests
{
    private const string OfacExports = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

    [Fact]
    public void EveryListButTheDemoCanBeDownloaded()
    {
        Assert.Equal(ListSources.All.Where(s => s != ListSources.Demo), OfficialSources.Downloadable);
        foreach (var source in OfficialSources.Downloadable)
        {
            var download = OfficialSources.Official(source);
            Assert.Equal(source, download.Source);
            Assert.NotEmpty(download.Files);
            Assert.All(download.Files, f => Assert.Equal(Uri.UriSchemeHttps, f.Url.Scheme));
        }
    }

    [Fact]
    public void OfacSdnIsTheFourCsvExportsStagedInLowerCase()
    {
        var files = OfficialSources.Official(ListSources.OfacSdn).Files;

        Assert.Equal(["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"], files.Select(f => f.FileName));
        Assert.Equal(
            [OfacExports + "SDN.CSV", OfacExports + "ADD.CSV", OfacExports + "ALT.CSV", OfacExports + "SDN_COMMENTS.CSV"],
            files.Select(f => f.Url.AbsoluteUri));
        Assert.All(files, f => Assert.True(f.Required));
    }

    [Fact]
    public void OfacConsolidatedIsTheFourConsExportsStagedInLowerCase()
    {
        var files = OfficialSources.Official(ListSources.OfacConsolidated).Files;

        Assert.Equal(["cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"], files.Select(f => f.FileName));
        Assert.Equal(OfacExports + "CONS_PRIM.CSV", files[0].Url.AbsoluteUri);
        Assert.Equal(OfacExports + "CONS_COMMENTS.CSV", files[3].Url.AbsoluteUri);
    }

    [Theory]
    [InlineData(ListSources.UnSecurityCouncil, "consolidated.xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml")]
    [InlineData(ListSources.EuFinancialSanctions, "eu-fsf.xml", "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw")]
    [InlineData(ListSources.UkSanctionsList, "UK-Sanctions-List.xml", "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml")]
    [InlineData(ListSources.BisDeniedPersons, "dpl.txt", "https://www.bis.doc.gov/dpl/dpl.txt")]
    public void SingleFileSourcesUseThePublishersAddress(string source, string fileName, string url)
    {
        var file = Assert.Single(OfficialSources.Official(source).Files);

        Assert.Equal(fileName, file.FileName);
        Assert.Equal(url, file.Url.AbsoluteUri);
    }

    [Fact]
    public void MirrorServesEveryFileUnderItsStagedName()
    {
        var withoutSlash = OfficialSources.Resolve(ListSources.OfacSdn, new Uri("http://127.0.0.1:8080/ofac-sdn-2024-05"));
        var withSlash = OfficialSources.Resolve(ListSources.OfacSdn, new Uri("http://127.0.0.1:8080/ofac-sdn-2024-05/"));

        Assert.Equal("http://127.0.0.1:8080/ofac-sdn-2024-05/sdn.csv", withoutSlash.Files[0].Url.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:8080/ofac-sdn-2024-05/sdn_comments.csv", withoutSlash.Files[3].Url.AbsoluteUri);
        Assert.Equal(withoutSlash.Files.Select(f => f.Url), withSlash.Files.Select(f => f.Url));
        Assert.Equal(OfficialSources.Official(ListSources.OfacSdn).Files.Select(f => f.FileName), withoutSlash.Files.Select(f => f.FileName));
    }

    [Fact]
    public void MirrorDropsTheEuTokenAndUsesTheStagedName()
    {
        var file = Assert.Single(OfficialSources.Resolve(ListSources.EuFinancialSanctions, new Uri("https://mirror.example/eu/")).Files);

        Assert.Equal("https://mirror.example/eu/eu-fsf.xml", file.Url.AbsoluteUri);
    }

    [Theory]
    [InlineData(ListSources.Demo)]
    [InlineData("xx-nowhere")]
    public void SourcesWithoutADownloadAreRefused(string source)
    {
        var error = Assert.Throws<ArgumentException>(() => OfficialSources.Official(source));

        Assert.Contains(source, error.Message, StringComparison.Ordinal);
        Assert.False(OfficialSources.IsDownloadable(source));
    }

    [Theory]
    [InlineData("http://mirror.example/lists/?key=1")]
    [InlineData("ftp://mirror.example/lists/")]
    public void MirrorMustBeAPlainHttpFolder(string mirror)
    {
        Assert.Throws<ArgumentException>(() => OfficialSources.Resolve(ListSources.UnSecurityCouncil, new Uri(mirror)));
    }
}
