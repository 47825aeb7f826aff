using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Parsing;

public sealed class XmlRecordReaderTests
{
    private static readonly XmlListShape Grandchildren = new("list", "test list") { RecordDepth = 2 };

    [Fact]
    public async Task RecordsAtTheirDepthComeWholeWithTheirLines()
    {
        const string xml = "<list generated=\"2024-01-01\" xmlns:x=\"urn:x\">\n<people>\n<person id=\"1\"><name>A</name></person>\n<person id=\"2\"/>\n</people>\n</list>";
        XmlRecord? root = null;

        var records = await ReadAsync(xml, Grandchildren, r => root = r);

        Assert.Equal([("person", 3L, "1"), ("person", 4L, "2")], records.Select(r => (r.Name, r.Line!.Value, r.Element.Attribute("id")!.Value)));
        Assert.Equal("A", records[0].Element.Elements().Single().Value);
        Assert.Equal(("2024-01-01", 1L), (root!.Value.Element.Attribute("generated")!.Value, root.Value.Line!.Value));
        Assert.Empty(root.Value.Element.Elements());
    }

    [Fact]
    public async Task RootInAnotherNamespaceIsRefusedNamingBoth()
    {
        var shape = new XmlListShape("list", "test list") { Namespace = "urn:right" };

        var error = await Assert.ThrowsAsync<ListFormatException>(() => ReadAsync("<list xmlns=\"urn:wrong\"/>", shape));

        Assert.Equal(("list.xml", 1L), (error.File, error.Line));
        Assert.Contains("urn:right", error.Message, StringComparison.Ordinal);
        Assert.Contains("urn:wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JunkAfterTheLastRecordFailsWithItsLine()
    {
        var error = await Assert.ThrowsAsync<ListFormatException>(
            () => ReadAsync("<list><people><person/></people></list>\n<more/>", Grandchildren));

        Assert.Equal(("list.xml", 2L), (error.File, error.Line));
        Assert.StartsWith("list.xml:2: malformed XML", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<XmlRecord>> ReadAsync(string xml, XmlListShape shape, Action<XmlRecord>? readRoot = null)
    {
        using var dir = new TempDirectory();
        var files = new ListFileSet([dir.Write("list.xml", xml)]);
        var records = new List<XmlRecord>();
        await foreach (var record in XmlRecordReader.ReadAsync(files, "list.xml", shape, readRoot)) records.Add(record);
        return records;
    }
}
