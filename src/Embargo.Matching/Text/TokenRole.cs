namespace Embargo.Matching.Text;

public enum TokenRole
{
    Word,
    LegalForm,
    Particle,
    Title,
    VesselPrefix,
}
