using System.Text;
using Embargo.Lists.Download;

namespace Embargo.Lists.Tests.Download;

public sealed class HtmlSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body>down</body></html>")]
    [InlineData("\uFEFF\r\n  <!doctype HTML>")]
    [InlineData("<HTML lang=\"en\">")]
    [InlineData("\n<head><title>Maintenance</title></head>")]
    public void MaintenancePagesLookLikeHtml(string start) =>
        Assert.True(HtmlSniffer.LooksLikeHtml(Encoding.UTF8.GetBytes(start)));

    [Theory]
    [InlineData("36,\"AEROCARIBBEAN AIRLINES\",-0-,\"CUBA\"")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CONSOLIDATED_LIST>")]
    [InlineData("\uFEFF<export generationDate=\"2020-01-01\">")]
    [InlineData("Name\tStreet_Address\tCity")]
    [InlineData("")]
    public void ListFilesDoNotLookLikeHtml(string start) =>
        Assert.False(HtmlSniffer.LooksLikeHtml(Encoding.UTF8.GetBytes(start)));
}
