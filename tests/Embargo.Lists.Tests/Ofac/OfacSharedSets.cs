using Embargo.Core.Model;
using Embargo.Lists.Ofac;
using Embargo.Lists.Parsing;
using Embargo.Testing;

namespace Embargo.Lists.Tests.Ofac;

/// <summary>The real OFAC sets, each parsed once for all the tests of a class.</summary>
public sealed class OfacSharedSets
{
    private readonly Lazy<Task<(List<ListEntry>, ParseContext)>> _sdn202405 =
        new(() => OfacCsvSets.ParseSharedAsync(new OfacSdnCsvParser(), "ofac-sdn-2024-05"));

    private readonly Lazy<Task<(List<ListEntry>, ParseContext)>> _sdn202107 =
        new(() => OfacCsvSets.ParseSharedAsync(new OfacSdnCsvParser(), "ofac-sdn-2021-07"));

    private readonly Lazy<Task<(List<ListEntry>, ParseContext)>> _cons202512 =
        new(() => OfacCsvSets.ParseSharedAsync(new OfacConsolidatedCsvParser(), "ofac-cons-2025-12"));

    public Task<(List<ListEntry> Entries, ParseContext Context)> Sdn202405 => _sdn202405.Value;

    public Task<(List<ListEntry> Entries, ParseContext Context)> Sdn202107 => _sdn202107.Value;

    public Task<(List<ListEntry> Entries, ParseContext Context)> Consolidated202512 => _cons202512.Value;
}
