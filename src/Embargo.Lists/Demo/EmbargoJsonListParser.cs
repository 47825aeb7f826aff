using System.Runtime.CompilerServices;
using Embargo.Core.Model;
using Embargo.Lists.Parsing;

namespace Embargo.Lists.Demo;

/// <summary>
/// Reads the project's own list format, <c>embargo-list/1</c>: a JSON object with <c>format</c>, <c>source</c>,
/// optional <c>title</c>, <c>published_at</c> and <c>notes</c>, and <c>entries</c>, each a
/// <see cref="ListEntry"/> in the <see cref="EntryJson"/> shape. <c>format</c> and <c>source</c> must come
/// before <c>entries</c> so that entries can be checked as they stream. Entries may leave out <c>id</c> and
/// <c>source</c>; the parser fills them and rejects values that contradict the header.
/// </summary>
public sealed class EmbargoJsonListParser : IListParser
{
    public const string FormatId = "embargo-json";

    /// <param name="fileName">The document's file name within the <see cref="ListFileSet"/>.</param>
    /// <param name="expectedSource">The source the document must declare; a document declaring another is refused.</param>
    public EmbargoJsonListParser(string fileName, string expectedSource = ListSources.Demo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (!EmbargoListFormat.IsValidSource(expectedSource))
            throw new ArgumentException($"\"{expectedSource}\" is neither a known source nor a custom id of the form [a-z][a-z0-9-]{{1,40}}.", nameof(expectedSource));
        FileName = fileName;
        Source = expectedSource;
    }

    public string Format => FormatId;

    public string Source { get; }

    public string FileName { get; }

    /// <summary>The header of the document this parser read last (title, notes…); null before a parse completes.</summary>
    public EmbargoListHeader? Header { get; private set; }

    public async IAsyncEnumerable<ListEntry> ParseAsync(
        ListFileSet files, ParseContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var path = files.Find(FileName) ?? FileName;
        var stream = files.Open(FileName);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var entry in ReadAsync(stream, path, context, cancellationToken).ConfigureAwait(false))
                yield return entry;
        }
    }

    /// <summary>Parses a document from a stream the caller owns, e.g. <see cref="DemoList.Open"/>.</summary>
    public IAsyncEnumerable<ListEntry> ParseAsync(Stream stream, ParseContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAsync(stream, FileName, context, cancellationToken);
    }

    private async IAsyncEnumerable<ListEntry> ReadAsync(
        Stream stream, string file, ParseContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Header = null;
        var reader = new EmbargoListReader(stream, file, Source, context);
        while (await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            yield return reader.Current!;
        Header = reader.Header;
    }
}
