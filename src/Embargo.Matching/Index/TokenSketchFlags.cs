namespace Embargo.Matching.Index;

/// <summary>Facts about a token that decide, without reading it, whether some aligner rules could apply.</summary>
[Flags]
internal enum TokenSketchFlags : byte
{
    None = 0,
    /// <summary>The token's role is an ordinary word (not a particle, title or legal form).</summary>
    Word = 1,
    /// <summary>A patronymic or a forefather's name (after bin, ibn): cheaper to leave unpaired.</summary>
    Ancestry = 2,
    /// <summary>A digit somewhere in the token (4th, Sech1n).</summary>
    Digit = 4,
    /// <summary>The token stands for a number (44, forty, first).</summary>
    Number = 8,
    /// <summary>The token belongs to a family of given-name short forms (Bill, William).</summary>
    GivenName = 16,
    /// <summary>The token is part of a legal form (GmbH, limited liability company).</summary>
    LegalForm = 32,
}
