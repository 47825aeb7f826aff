using Embargo.Core.Countries;
using Embargo.Core.Model;

namespace Embargo.Lists.Bis;

/// <summary>
/// One denied party collected from its rows: BIS repeats the whole row for each address of a party
/// under one order, so the addresses are gathered and the order's fields kept once per distinct value.
/// </summary>
internal sealed class BisDeniedParty(string id, string name, PartialDate? listedOn)
{
    // " A/K/A " and " D/B/A " inside a name give the other names the party is listed under.
    private static readonly (string Marker, string Note)[] AliasMarkers = [(" A/K/A ", "a.k.a."), (" D/B/A ", "d.b.a.")];

    private readonly List<Address> _addresses = [];
    private readonly List<EntryAttribute> _attributes = [];
    private readonly List<PartialDate> _updatedOn = [];

    public void AddAddress(string? street, string? city, string? state, string? country, string? postalCode)
    {
        if (street is null && city is null && state is null && country is null && postalCode is null) return;
        var address = new Address
        {
            Street = street,
            City = city,
            Region = state,
            PostalCode = postalCode,
            Country = country,
            CountryCode = CountryCodes.Resolve(country),
        };
        if (!_addresses.Contains(address)) _addresses.Add(address);
    }

    public void AddAttribute(string key, string? value)
    {
        if (value is null) return;
        var attribute = new EntryAttribute(key, value);
        if (!_attributes.Contains(attribute)) _attributes.Add(attribute);
    }

    public void AddUpdatedOn(PartialDate date)
    {
        if (!_updatedOn.Contains(date)) _updatedOn.Add(date);
    }

    public ListEntry Build()
    {
        _updatedOn.Sort();
        return new ListEntry
        {
            Id = ListSources.EntityId(ListSources.BisDeniedPersons, id),
            Source = ListSources.BisDeniedPersons,
            SourceId = id,
            Kind = BisPartyKinds.Infer(name),
            Name = new EntryName { Full = name },
            Aliases = Aliases(),
            ListedOn = listedOn,
            UpdatedOn = _updatedOn,
            Addresses = _addresses,
            // Rows of one order can differ in Action or FR_Citation (typing variants); values are grouped by field.
            Attributes = [.. _attributes.GroupBy(a => a.Key).SelectMany(values => values)],
        };
    }

    // "FUYI SUN A/K/A FRANK SUN" is listed as one name; each of its parts is a name to screen too.
    private List<EntryName> Aliases()
    {
        foreach (var (marker, note) in AliasMarkers)
        {
            if (!name.Contains(marker, StringComparison.Ordinal)) continue;
            return [.. name.Split(marker, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(part => new EntryName { Full = part, Type = NameType.Alias, Note = note })];
        }
        return [];
    }
}
