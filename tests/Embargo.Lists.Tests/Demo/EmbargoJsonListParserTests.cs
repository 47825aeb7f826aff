using System.Text;
using Embargo.Core.Model;
using Embargo.Lists.Demo;
using Embargo.Lists.Parsing;
using static Embargo.Lists.Tests.Demo.EmbargoListDocuments;

namespace Embargo.Lists.Tests.Demo;

public sealed class EmbargoJsonListParserTests
{
    [Fact]
    public async Task FillsIdAndSourceFromTheHeader()
    {
        var (entries, _) = await ParseAsync(Document(Person));

        var entry = Assert.Single(entries);
        Assert.Equal("demo:doe-john", entry.Id);
        Assert.Equal(ListSources.Demo, entry.Source);
        Assert.Equal(EntityKind.Person, entry.Kind);
        Assert.Equal("John Doe", entry.Name.Full);
    }

    [Fact]
    public async Task AcceptsIdAndSourceThatAgreeWithTheHeader()
    {
        var (entries, _) = await ParseAsync(Document(
            """{ "id": "demo:doe-john", "source": "demo", "source_id": "doe-john", "kind": "person", "name": { "full": "John Doe" } }"""));

        Assert.Equal("demo:doe-john", Assert.Single(entries).Id);
    }

    [Fact]
    public async Task CustomSourceIsAcceptedWhenExpected()
    {
        var (entries, _) = await ParseAsync(DocumentFor("acme-watchlist", Person), expectedSource: "acme-watchlist");

        Assert.Equal("acme-watchlist:doe-john", Assert.Single(entries).Id);
    }

    [Fact]
    public async Task HeaderSetsPublicationDateAndIsKept()
    {
        var json = """
            { "format": "embargo-list/1", "source": "demo", "published_at": "2026-11-01",
              "entries": [], "title": "Late title", "notes": "Notes after the entries are fine" }
            """;
        using var directory = new Embargo.Testing.TempDirectory();
        var parser = new EmbargoJsonListParser(FileName);
        var context = new ParseContext();
        await foreach (var _ in parser.ParseAsync(new ListFileSet([directory.Write(FileName, json)]), context, CancellationToken.None)) { }

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), context.PublishedAt);
        Assert.Equal("Late title", parser.Header?.Title);
        Assert.Equal("Notes after the entries are fine", parser.Header?.Notes);
        Assert.Equal("2026-11-01", parser.Header?.PublishedAtText);
    }

    [Fact]
    public async Task Utf8ByteOrderMarkIsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Document(Person))).ToArray();

        var entries = await ParseStreamAsync(new MemoryStream(bytes));

        Assert.Single(entries);
    }

    [Fact]
    public async Task WrongFormatStringIsRejected()
    {
        var json = Document(Person).Replace("embargo-list/1", "embargo-list/2", StringComparison.Ordinal);

        var error = await RejectAsync(json);

        Assert.Contains("format is \"embargo-list/2\", expected \"embargo-list/1\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task DocumentThatIsNotAnEmbargoListIsRejected()
    {
        var error = await RejectAsync("""{ "entries": [] }""");

        Assert.Contains("\"format\" must come before \"entries\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentWithoutFormatIsRejected()
    {
        var error = await RejectAsync("""{ "source": "demo" }""");

        Assert.Contains("\"format\" is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentWithoutEntriesIsRejected()
    {
        var error = await RejectAsync("""{ "format": "embargo-list/1", "source": "demo" }""");

        Assert.Contains("\"entries\" is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonArrayInsteadOfObjectIsRejected()
    {
        var error = await RejectAsync("[]");

        Assert.Contains("must be a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownHeaderPropertyIsRejected()
    {
        var json = Document(Person).Replace("\"title\"", "\"titel\"", StringComparison.Ordinal);

        var error = await RejectAsync(json);

        Assert.Contains("unknown property \"titel\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateHeaderPropertyIsRejected()
    {
        var json = """{ "format": "embargo-list/1", "format": "embargo-list/1", "source": "demo", "entries": [] }""";

        var error = await RejectAsync(json);

        Assert.Contains("\"format\" appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentDeclaringAnotherSourceIsRejected()
    {
        var error = await RejectAsync(DocumentFor(ListSources.OfacSdn, Person));

        Assert.Contains("declares source \"us-ofac-sdn\" but was opened as source \"demo\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("a")]
    [InlineData("acme list")]
    [InlineData("9lives")]
    public async Task MalformedSourceIdIsRejected(string source)
    {
        var error = await RejectAsync(DocumentFor(source, Person));

        Assert.Contains($"source \"{source}\" is neither a known source nor a custom id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParserRefusesAMalformedExpectedSource() =>
        Assert.Throws<ArgumentException>(() => new EmbargoJsonListParser(FileName, "Not A Source"));

    [Fact]
    public async Task InvalidPublishedAtIsRejected()
    {
        var json = """{ "format": "embargo-list/1", "source": "demo", "published_at": "1 Nov 2026", "entries": [] }""";

        var error = await RejectAsync(json);

        Assert.Contains("published_at \"1 Nov 2026\" is not a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryWithoutNameIsRejected()
    {
        var json = Document(Person, """{ "source_id": "no-name", "kind": "person", "programs": ["TEST"] }""");

        var error = await RejectAsync(json);

        Assert.Contains("entry 1 (source_id \"no-name\"): name is missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(json, "no-name"), error.Line);
    }

    [Fact]
    public async Task EntryWithEmptyFullNameIsRejected()
    {
        var error = await RejectAsync(Document("""{ "source_id": "x1", "kind": "person", "name": { "full": " " } }"""));

        Assert.Contains("name.full is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryWithoutFullNameIsRejected()
    {
        var error = await RejectAsync(Document("""{ "source_id": "x1", "kind": "person", "name": { "type": "primary" } }"""));

        Assert.Contains("entry 0 at $.entries[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("full", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryWithoutSourceIdIsRejected()
    {
        var error = await RejectAsync(Document("""{ "kind": "person", "name": { "full": "John Doe" } }"""));

        Assert.Contains("entry 0: source_id is missing or empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryWithoutKindIsRejected()
    {
        var error = await RejectAsync(Document("""{ "source_id": "x1", "name": { "full": "John Doe" } }"""));

        Assert.Contains("entry 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidBirthDateIsRejectedWithEntryPathAndLine()
    {
        var json = Document(Person, """
            {
                  "source_id": "bad-date",
                  "kind": "person",
                  "name": { "full": "Jane Roe" },
                  "birth_dates": [{ "text": "1 Smarch 1965", "date": "1965-13-01" }]
                }
            """);

        var error = await RejectAsync(json);

        Assert.Contains("entry 1 at $.entries[1].birth_dates[0].date", error.Message, StringComparison.Ordinal);
        Assert.Contains("'1965-13-01' is not a date", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(json, "1965-13-01"), error.Line);
    }

    [Fact]
    public async Task NumericKindIsRejected()
    {
        var error = await RejectAsync(Document("""{ "source_id": "x1", "kind": 1, "name": { "full": "John Doe" } }"""));

        Assert.Contains("$.entries[0].kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MisspelledEntryPropertyIsRejected()
    {
        var error = await RejectAsync(Document(
            """{ "source_id": "x1", "kind": "person", "name": { "full": "John Doe" }, "birth_date": "1965" }"""));

        Assert.Contains("birth_date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateEntryPropertyIsRejected()
    {
        var error = await RejectAsync(Document(
            """{ "source_id": "x1", "source_id": "x2", "kind": "person", "name": { "full": "John Doe" } }"""));

        Assert.Contains("entry 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NullAliasIsRejected()
    {
        var error = await RejectAsync(Document(
            """{ "source_id": "x1", "kind": "person", "name": { "full": "John Doe" }, "aliases": [null] }"""));

        Assert.Contains("aliases[0] is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NullCollectionIsRejected()
    {
        var error = await RejectAsync(Document(
            """{ "source_id": "x1", "kind": "person", "name": { "full": "John Doe" }, "programs": null }"""));

        Assert.Contains("$.entries[0].programs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdContradictingSourceIdIsRejected()
    {
        var error = await RejectAsync(Document(
            """{ "id": "demo:someone-else", "source_id": "x1", "kind": "person", "name": { "full": "John Doe" } }"""));

        Assert.Contains("id \"demo:someone-else\" contradicts source and source_id, which make \"demo:x1\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntrySourceContradictingHeaderIsRejected()
    {
        var error = await RejectAsync(Document(
            """{ "source": "un-sc", "source_id": "x1", "kind": "person", "name": { "full": "John Doe" } }"""));

        Assert.Contains("source \"un-sc\" contradicts the document's source \"demo\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateSourceIdIsRejected()
    {
        var error = await RejectAsync(Document(Person, Person));

        Assert.Contains("entry 1 (source_id \"doe-john\"): id \"demo:doe-john\" is already used", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryThatIsNotAnObjectIsRejected()
    {
        var error = await RejectAsync(Document(Person, "\"just a name\""));

        Assert.Contains("entry 1 must be a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedDocumentIsRejected()
    {
        var json = Document(Person, Person.Replace("doe-john", "doe-jane", StringComparison.Ordinal));
        var truncated = json[..(json.Length - 30)];

        var error = await RejectAsync(truncated);

        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public async Task EmptyFileIsRejected()
    {
        var error = await RejectAsync("");

        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrailingContentIsRejected()
    {
        var error = await RejectAsync(Document(Person) + "\n{}");

        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(Document(Person).Replace("John Doe", "John D\u00f6e", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at + 1] = 0x28; // a lead byte followed by a byte that cannot continue it

        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseStreamAsync(new MemoryStream(bytes)));

        Assert.Contains(DemoList.FileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelationToAnAbsentEntryIsReportedNotFatal()
    {
        var (entries, context) = await ParseAsync(Document(
            """{ "source_id": "x1", "kind": "person", "name": { "full": "John Doe" }, "relations": [{ "type": "linked-to", "target_name": "Ghost", "target_id": "demo:ghost" }] }"""));

        Assert.Single(entries);
        var issue = Assert.Single(context.Issues);
        Assert.Contains("demo:ghost", issue.Message, StringComparison.Ordinal);
        Assert.Equal("demo:x1", issue.Element);
    }

    [Fact]
    public async Task LargeDocumentStreamsAcrossBufferRefills()
    {
        // Far beyond the 64 KB initial buffer, with one entry that alone needs the buffer to grow.
        var entries = Enumerable.Range(0, 3000)
            .Select(i => $$"""{ "source_id": "p{{i}}", "kind": "person", "name": { "full": "Person {{i}}" }, "programs": ["TEST"] }""")
            .Append($$"""{ "source_id": "big", "kind": "organization", "name": { "full": "Big" }, "remarks": "{{new string('x', 300_000)}}" }""")
            .Append("""{ "source_id": "last", "kind": "person", "name": { "full": "Last" }, "listed_on": "2020-02-30" }""")
            .ToArray();
        var json = Document(entries);

        var error = await RejectAsync(json);
        Assert.Equal(LineOf(json, "2020-02-30"), error.Line);
        Assert.Contains("entry 3001", error.Message, StringComparison.Ordinal);

        var (parsed, _) = await ParseAsync(Document(entries[..^1]));
        Assert.Equal(3001, parsed.Count);
        Assert.Equal("demo:p2999", parsed[2999].Id);
        Assert.Equal(300_000, parsed[3000].Remarks?.Length);
    }

    [Fact]
    public async Task SyntaxErrorFarIntoTheFileNamesItsLine()
    {
        var entries = Enumerable.Range(0, 3000)
            .Select(i => $$"""{ "source_id": "p{{i}}", "kind": "person", "name": { "full": "Person {{i}}" } }""")
            .Append("""{ "source_id": "broken", "kind": "person", ] }""")
            .ToArray();
        var json = Document(entries);

        var error = await RejectAsync(json);

        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(json, "\"broken\""), error.Line);
    }

    [Fact]
    public async Task DocumentOverTheSizeLimitIsRejected()
    {
        // Endless whitespace after the last entry: streamed through, never buffered, until the limit.
        var stream = new EndlessStream(Document(Person)[..^4], ' ');

        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseStreamAsync(stream));

        Assert.Contains("over the 268,435,456-byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryOverTheSizeLimitIsRejected()
    {
        var stream = new EndlessStream("""{ "format": "embargo-list/1", "source": "demo", "entries": [ { "remarks": " """, 'x');

        var error = await Assert.ThrowsAsync<ListFormatException>(() => ParseStreamAsync(stream));

        Assert.Contains("entry 0 (or one value) is over 16,777,216 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationStopsTheParse()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in DemoList.CreateParser().ParseAsync(DemoList.Open(), new ParseContext(), cancel.Token)) { }
        });
    }
}
