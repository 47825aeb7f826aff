using Embargo.Core.Model;

namespace Embargo.Lists.Uk;

/// <summary>
/// A ship's particulars as the UK publishes them. <see cref="VesselDetails"/> holds one value of each;
/// <see cref="TrySet"/> refuses a second, different one so that the caller keeps it as an attribute.
/// </summary>
internal sealed class UkVessel
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly List<string> _owners = [];

    /// <summary>False when the ship already has another value under <paramref name="label"/>.</summary>
    public bool TrySet(string label, string value)
    {
        if (label == UkLabels.CurrentOwnerOperator)
        {
            if (!_owners.Contains(value)) _owners.Add(value);
            return true;
        }
        return _values.TryAdd(label, value) || _values[label] == value;
    }

    public VesselDetails? Build()
    {
        if (_values.Count == 0 && _owners.Count == 0) return null;
        var flag = _values.GetValueOrDefault(UkLabels.CurrentFlag);
        return new VesselDetails
        {
            Imo = _values.GetValueOrDefault(UkLabels.ImoNumber),
            Flag = flag,
            FlagCode = UkText.CountryCode(flag),
            VesselType = _values.GetValueOrDefault(UkLabels.TypeOfShip),
            Tonnage = _values.GetValueOrDefault(UkLabels.TonnageOfShip),
            BuildYear = _values.GetValueOrDefault(UkLabels.YearBuilt),
            Owner = _owners.Count > 0 ? string.Join("; ", _owners) : null,
        };
    }
}
