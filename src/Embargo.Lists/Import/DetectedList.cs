using Embargo.Lists.Parsing;

namespace Embargo.Lists.Import;

/// <summary>One publication found among the paths a user gave: the parser for it and its files.</summary>
public sealed record DetectedList(IListParser Parser, ListFileSet Files)
{
    public string Source => Parser.Source;

    /// <summary>Paths of the files, for messages and the snapshot's origin.</summary>
    public string Describe() => string.Join(", ", Files.Paths.Order(StringComparer.Ordinal));
}
