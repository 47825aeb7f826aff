namespace Embargo.Matching.Text;

/// <summary>What a token of a name is, beyond its letters (see <see cref="TokenRoles"/>).</summary>
public enum TokenRole
{
    /// <summary>An ordinary name word: the evidence.</summary>
    Word,
    /// <summary>A legal form of an organisation (llc, ooo, gmbh, or part of a phrase such as limited liability company).</summary>
    LegalForm,
    /// <summary>A particle or connector (al, bin, van, de, of).</summary>
    Particle,
    /// <summary>A title or honorific of a person (dr, sheikh, general).</summary>
    Title,
    /// <summary>A vessel prefix (mv, mt, or m v from M/V).</summary>
    VesselPrefix,
    /// <summary>
    /// A person's territorial designation or epithet (Silla in Jijeung of Silla, Great in Casimir the Great): a word
    /// where it pairs, cheap where one side leaves it out, in conflict only with another designation.
    /// </summary>
    Designation,
}
