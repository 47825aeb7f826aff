
namespace Embargo.Matching.Index;

/// <summary>
/// How rare each token key is across all listed names: MOHAMMED and COMPANY are common and weigh little, HYSA
/// is rare and weighs much. Weight = ln(1 + names / names containing the key); unseen keys are as rare as can be.
/// </summary>
internal sealed class TokenStatistics
{
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly float _unseenWeight;
    private readonly int _names;

    public TokenStatistics(Dictionary<string, int> documentFrequency, int names)
    {
        _documentFrequency = documentFrequency.ToDictionary(StringComparer.Ordinal);
        _names = Math.Max(1, names);
        _unseenWeight = (float)Math.Log(1 + _names);
    }

    /// <summary>The weight of a token no listed name has: the most a single token can weigh.</summary>
    public float MaxWeight => _unseenWeight;

    public int Frequency(string key) => _documentFrequency.GetValueOrDefault(key);

    public float Weight(string key) =>
        _documentFrequency.TryGetValue(key, out var df) ? (float)Math.Log(1 + (double)_names / df) : _unseenWeight;

    /// <summary>True when a key is in so many names that looking it up would return a flood of candidates.</summary>
    public bool IsVeryCommon(string key) => Frequency(key) > _names * Tuning.CommonKeyShare;
}
