namespace Embargo.Matching.Scan;

/// <summary>Words <see cref="First"/>..<see cref="Last"/> (inclusive) of the text may name listed entity <see cref="Entity"/>, through its name <see cref="Name"/>.</summary>
internal readonly record struct SpanCandidate(int First, int Last, int Entity, int Name);
