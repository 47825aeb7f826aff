namespace Embargo.Core.Model;

/// <summary>
/// What a listing means for the people who must act on a hit: the kind of restriction (<see cref="Kind"/>) and the
/// words an analyst reads. Read from the source, the OFAC list and the measures the data states; see
/// <see cref="ListingEffects"/>.
/// </summary>
/// <param name="Kind">One of <c>blocking</c>, <c>menu-based</c>, <c>sectoral</c>, <c>export-control</c>, <c>asset-freeze</c>, <c>restricted</c>, <c>own-list</c>.</param>
/// <param name="Title">A short heading (<c>Blocking (SDN)</c>).</param>
/// <param name="Description">What is barred, in a sentence or two.</param>
/// <param name="Measures">The measures the data states for this entry (CAATSA Section 235 menu items…), as published.</param>
public sealed record ListingEffect(string Kind, string Title, string Description, IReadOnlyList<string> Measures)
{
    /// <summary>True when every dealing is barred (blocking, asset freeze), rather than only named ones.</summary>
    public bool IsFull => Kind is "blocking" or "asset-freeze";
}
