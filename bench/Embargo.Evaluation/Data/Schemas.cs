using Embargo.Core.Model;

namespace Embargo.Evaluation.Data;

/// <summary>The FollowTheMoney schema names of the name-pair benchmark, as entity kinds.</summary>
internal static class Schemas
{
    public static bool TryKind(string schema, out EntityKind kind)
    {
        kind = schema.Trim() switch
        {
            "Person" => EntityKind.Person,
            "Organization" or "Company" or "LegalEntity" => EntityKind.Organization,
            "Vessel" => EntityKind.Vessel,
            "Airplane" => EntityKind.Aircraft,
            _ => EntityKind.Unknown,
        };
        return kind != EntityKind.Unknown;
    }
}
