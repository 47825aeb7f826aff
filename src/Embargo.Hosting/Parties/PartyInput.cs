using Embargo.Core.Parties;
using Embargo.Core.Review;

namespace Embargo.Hosting.Parties;

/// <summary>
/// A party as a front end receives it, in text. Null means "not given": on an update the stored value stays; an
/// empty string clears it. <see cref="ToParty"/> checks every field and names the one at fault.
/// </summary>
public sealed record PartyInput
{
    public const int MaxNameLength = 500;
    public const int MaxAliases = 50;
    public const int MaxAddressLength = 1000;

    public string? Name { get; init; }
    public string? Kind { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    public string? BirthDate { get; init; }
    public string? Country { get; init; }
    public string? IdNumber { get; init; }
    public string? Gender { get; init; }
    public string? Address { get; init; }

    /// <summary>The party with id <paramref name="id"/>: these fields over <paramref name="basis"/> (the stored party, or null for a new one).</summary>
    public Party ToParty(string id, Party? basis, DateTimeOffset now)
    {
        var partyId = PartyIds.Normalize(id) ?? throw new InvalidRequestException($"'{id}' is not a party id: 1 to {PartyIds.MaxLength} characters", "id");
        var name = Name is null ? basis?.Name : Name.Trim();
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidRequestException("required: the party's name", "name");
        if (name.Length > MaxNameLength) throw new InvalidRequestException($"longer than {MaxNameLength} characters", "name");

        var kind = basis?.Kind;
        if (Kind is not null)
        {
            if (!PartyFields.TryParseKind(Kind, out kind)) throw new InvalidRequestException($"'{Kind}' is not one of {PartyFields.KindChoices}", "kind");
        }
        var birthDate = basis?.BirthDate;
        if (BirthDate is not null)
        {
            if (!PartyFields.TryParseDate(BirthDate, out birthDate))
                throw new InvalidRequestException($"'{BirthDate}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd", "birth_date");
        }
        var country = basis?.Country;
        if (Country is not null)
        {
            if (!PartyFields.TryParseCountry(Country, out country))
                throw new InvalidRequestException($"'{Country}' is not a country code or name Embargo knows", "country");
        }
        var gender = basis?.Gender;
        if (Gender is not null)
        {
            if (!PartyFields.TryParseGender(Gender, out gender)) throw new InvalidRequestException($"'{Gender}' is not male or female", "gender");
        }
        var aliases = Aliases is null ? basis?.Aliases ?? [] : Clean(Aliases);
        if (aliases.Count > MaxAliases) throw new InvalidRequestException($"{aliases.Count} aliases; at most {MaxAliases}", "aliases");
        if (aliases.Any(a => a.Length > MaxNameLength)) throw new InvalidRequestException($"an alias is longer than {MaxNameLength} characters", "aliases");
        var address = Address is null ? basis?.Address : Blank(Address);
        if (address is { Length: > MaxAddressLength }) throw new InvalidRequestException($"longer than {MaxAddressLength} characters", "address");

        return new Party
        {
            Id = partyId,
            Name = name,
            Kind = kind,
            Aliases = aliases,
            BirthDate = birthDate,
            Country = country,
            IdNumber = IdNumber is null ? basis?.IdNumber : Blank(IdNumber),
            Gender = gender,
            Address = address,
            CreatedAt = basis?.CreatedAt ?? now,
            UpdatedAt = now,
        };
    }

    private static string[] Clean(IReadOnlyList<string> aliases) =>
        [.. aliases.Select(a => a?.Trim() ?? "").Where(a => a.Length > 0).Distinct(StringComparer.Ordinal)];

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
