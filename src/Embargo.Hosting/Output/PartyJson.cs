using Embargo.Core.Parties;

namespace Embargo.Hosting.Output;

/// <summary>The JSON shape of a monitored party, shared by the CLI, the server and the audit trail.</summary>
public static class PartyJson
{
    public static object Party(Party p) => new
    {
        id = p.Id,
        kind = p.Kind,
        name = p.Name,
        aliases = p.Aliases,
        birth_date = p.BirthDate?.ToString(),
        country = p.Country,
        id_number = p.IdNumber,
        gender = p.Gender,
        address = p.Address,
        data_hash = PartyContent.Hash(p),
        created_at = p.CreatedAt,
        updated_at = p.UpdatedAt,
    };

    public static IEnumerable<object> Parties(IEnumerable<Party> parties) => parties.Select(Party);
}
