using Embargo.Core.Model;

namespace Embargo.Lists.Ofac;

/// <summary>
/// OFAC's entry type: <c>individual</c>, <c>vessel</c>, <c>aircraft</c>, or empty for entities (the CSV writes
/// <c>-0-</c>; the XML writes <c>Entity</c>). Case is ignored so both formats read alike.
/// </summary>
internal static class OfacEntityKinds
{
    /// <summary>The kind for an OFAC type; null when the type is not one OFAC uses.</summary>
    public static EntityKind? FromType(string? type)
    {
        var value = OfacCsvFields.Value(type);
        if (value is null) return EntityKind.Organization;
        if (Is(value, "individual")) return EntityKind.Person;
        if (Is(value, "entity")) return EntityKind.Organization;
        if (Is(value, "vessel")) return EntityKind.Vessel;
        if (Is(value, "aircraft")) return EntityKind.Aircraft;
        return null;
    }

    private static bool Is(string value, string type) => string.Equals(value, type, StringComparison.OrdinalIgnoreCase);
}
