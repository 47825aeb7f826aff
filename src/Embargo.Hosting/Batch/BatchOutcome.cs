using Embargo.Matching;

namespace Embargo.Hosting.Batch;

/// <summary>A record and what screening it found: the results at or above the cutoff, best first (none for an error record).</summary>
public sealed record BatchOutcome(BatchRecord Record, IReadOnlyList<MatchResult> Results)
{
    public bool IsMatch
    {
        get
        {
            foreach (var result in Results)
            {
                if (result.IsMatch) return true;
            }
            return false;
        }
    }
}
