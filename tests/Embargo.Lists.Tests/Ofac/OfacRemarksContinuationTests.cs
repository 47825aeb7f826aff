using Embargo.Lists.Ofac;

namespace Embargo.Lists.Tests.Ofac;

public sealed class OfacRemarksContinuationTests
{
    [Fact]
    public void CutInsideAWordJoinsAsItIs()
    {
        Assert.Equal("Registration Number 1027700342890 (Russia).",
            OfacRemarksContinuation.Join("Registration Numbe", "r 1027700342890 (Russia)."));
    }

    [Fact]
    public void SpaceAtTheCutIsKept()
    {
        Assert.Equal("Number 1027700070518 (Russia)", OfacRemarksContinuation.Join("Number 1027700070518 ", "(Russia)"));
    }

    [Fact]
    public void ChanceRepeatAtATrueCutIsKept()
    {
        // "Addres" + "s - ETH": the continuation's first letter equals the main text's last; both are text.
        Assert.Equal("Digital Currency Address - ETH 0x85", OfacRemarksContinuation.Join("Digital Currency Addres", "s - ETH 0x85"));
    }

    [Fact]
    public void OverlapFromANewerCommentsFileIsWrittenOnce()
    {
        var main = "Listing Date (EO 14024 Directive 2): 24 Feb 2022; Listing Date (EO 14024 Directive 3)";
        var continuation = "ive 2): 24 Feb 2022; Listing Date (EO 14024 Directive 3): 24 Feb 2022; Tax ID No. 7707083893 (Russia).";

        Assert.Equal("Listing Date (EO 14024 Directive 2): 24 Feb 2022; Listing Date (EO 14024 Directive 3): 24 Feb 2022; Tax ID No. 7707083893 (Russia).",
            OfacRemarksContinuation.Join(main, continuation));
    }

    [Fact]
    public void ContinuationTheMainTextAlreadyEndsWithAddsNothing()
    {
        Assert.Equal("Registration Number 1027700067328 (Russia).",
            OfacRemarksContinuation.Join("Registration Number 1027700067328 (Russia).", "67328 (Russia)."));
    }

    [Theory]
    [InlineData("a.k.a. 'THE\r\nFOX'", "a.k.a. 'THE FOX'")]
    [InlineData("DOB 1970; \n  POB Moscow", "DOB 1970; POB Moscow")]
    [InlineData("no breaks", "no breaks")]
    [InlineData("trailing\r\n", "trailing")]
    public void LineBreaksFoldToOneSpace(string text, string expected)
    {
        Assert.Equal(expected, OfacRemarksContinuation.FoldLines(text));
    }
}
