namespace Embargo.Core.Model;

/// <summary>
/// Whether a name identifies the party well. OFAC calls remark aliases (<c>a.k.a. 'SSB'</c>) weak; the UN
/// marks aliases of low quality; the EU flags strong ones.
/// </summary>
public enum NameStrength
{
    Strong = 0,
    Weak,
}
