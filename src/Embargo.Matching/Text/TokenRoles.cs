namespace Embargo.Matching.Text;

/// <summary>
/// What a token is, beyond its letters: a legal form (llc, ooo, gmbh), a particle (al, bin, van), a title (dr,
/// general) or a vessel prefix (mv). Such tokens carry little evidence. Placeholder with a minimal table.
/// </summary>
public static class TokenRoles
{
    /// <summary>The role of a token in a name of the given kind: vessel prefixes count only for vessels.</summary>
    public static TokenRole Of(string token, Embargo.Core.Model.EntityKind kind)
    {
        var role = Of(token);
        return role == TokenRole.VesselPrefix && kind != Embargo.Core.Model.EntityKind.Vessel ? TokenRole.Word : role;
    }

    public static TokenRole Of(string token) => token switch
    {
        "llc" or "ltd" or "limited" or "inc" or "corp" or "corporation" or "co" or "company" or "jsc" or "ojsc" or "pjsc"
            or "ooo" or "ao" or "oao" or "zao" or "gmbh" or "ag" or "sa" or "plc" or "llp" => TokenRole.LegalForm,
        "al" or "el" or "bin" or "ibn" or "van" or "von" or "de" or "der" or "la" or "le" or "abu" or "bint" or "of" or "the" or "and" or "for" => TokenRole.Particle,
        "mr" or "mrs" or "dr" or "general" or "gen" or "colonel" or "col" or "sheikh" or "haji" => TokenRole.Title,
        "mv" or "m" or "v" => TokenRole.VesselPrefix,
        _ => TokenRole.Word,
    };
}
