using Embargo.Lists.Csv;

namespace Embargo.Lists.Tests.Ofac;

/// <summary>The CSV reading OFAC's files need from <see cref="CsvReader"/>.</summary>
public sealed class OfacCsvFormatTests
{
    [Fact]
    public void TrailingCtrlZIsNoRecord()
    {
        var rows = Read("1,\"A\",-0- \r\n2,\"B\",-0- \r\n\x1a");

        Assert.Equal([["1", "A", "-0-"], ["2", "B", "-0-"]], rows);
    }

    [Fact]
    public void LastLineWithoutLineBreakIsTrimmedLikeTheOthers()
    {
        Assert.Equal([["1", "-0-"]], Read("1,-0- "));
    }

    [Fact]
    public void SpacesAfterAClosingQuoteArePadding()
    {
        Assert.Equal([["1", "A B", "C"]], Read("1,\"A B\" ,\"C\"  \r\n"));
    }

    [Fact]
    public void QuotedFieldKeepsItsLineBreaksAndCountsLines()
    {
        var reader = new CsvReader(new StringReader("1,\"two\r\nlines\"\r\n2,\"x\"\r\n"), "t.csv");

        Assert.True(reader.TryRead(out var first));
        Assert.True(reader.TryRead(out var second));
        Assert.Equal("two\r\nlines", first[1]);
        Assert.Equal(3, second.Line);
    }

    [Fact]
    public void TabDelimitedQuotedFieldsStillSplit()
    {
        var reader = new CsvReader(new StringReader("\"a\"\t\"b\"\n"), "t.txt", '\t');

        Assert.Equal([["a", "b"]], reader.ReadAll().Select(r => r.Fields).ToList());
    }

    [Fact]
    public void ReadsTheSameWhateverTheChunksTheTextArrivesIn()
    {
        // A reader that hands out three characters at a time puts every quote, doubled quote and CRLF on a chunk edge.
        const string text = "1,\"A \"\"B\"\" C\" ,-0- \r\n2,\"multi\r\nline\",x\r\n\r\n3,\"\",\"a,b\"\r4,end\n\x1a";

        var whole = new CsvReader(new StringReader(text), "t.csv").ReadAll().ToList();
        var trickled = new CsvReader(new TricklingReader(text, 3), "t.csv").ReadAll().ToList();

        Assert.Equal(
            [["1", "A \"B\" C", "-0-"], ["2", "multi\r\nline", "x"], ["3", "", "a,b"], ["4", "end"]],
            whole.Select(r => r.Fields));
        Assert.Equal([1L, 2L, 5L, 6L], whole.Select(r => r.Line));
        Assert.Equal(whole.Select(r => (r.Line, string.Join("|", r.Fields))), trickled.Select(r => (r.Line, string.Join("|", r.Fields))));
    }

    private sealed class TricklingReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }

    private static List<string[]> Read(string text) =>
        new CsvReader(new StringReader(text), "t.csv").ReadAll().Select(r => r.Fields).ToList();
}
