using Embargo.Core.Model;

namespace Embargo.Lists.Parsing;

/// <summary>
/// Reads one official format into entries, streaming. Throws <see cref="ListFormatException"/> when the
/// file is not that format or is broken; notes smaller problems in the <see cref="ParseContext"/>.
/// </summary>
public interface IListParser
{
    /// <summary>Stable format id, e.g. <c>ofac-csv</c>, <c>un-xml</c>.</summary>
    string Format { get; }

    /// <summary>The source the entries belong to.</summary>
    string Source { get; }

    IAsyncEnumerable<ListEntry> ParseAsync(ListFileSet files, ParseContext context, CancellationToken cancellationToken);
}
