using Embargo.Matching;
using Embargo.Matching.Scan;

namespace Embargo.Hosting;

/// <summary>
/// Free-text screening as front ends offer it: a <see cref="TextScanner"/> over the screening service's active
/// index, built once per index and rebuilt when the active snapshots change.
/// </summary>
public sealed class TextScanningService(ScreeningService screening)
{
    private readonly Lock _gate = new();
    private TextScanner? _scanner;

    public async Task<(ScanResult Result, ActiveIndex Index)> ScanAsync(string text, ScanOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = await screening.GetIndexAsync(cancellationToken);
        return (ScannerFor(index.Index).Scan(text, options), index);
    }

    private TextScanner ScannerFor(ScreeningIndex index)
    {
        lock (_gate)
        {
            if (_scanner is { } current && ReferenceEquals(current.Index, index)) return current;
            return _scanner = new TextScanner(index);
        }
    }
}
