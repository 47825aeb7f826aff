namespace Embargo.Core.Access;

/// <summary>Parsing, naming and nesting of <see cref="ApiRole"/>.</summary>
public static class ApiRoles
{
    public static readonly IReadOnlyList<ApiRole> All = [ApiRole.Screen, ApiRole.Review, ApiRole.Approve, ApiRole.Admin];

    /// <summary>True when a key holding <paramref name="held"/> may do what needs <paramref name="required"/>.</summary>
    public static bool Grants(this ApiRole held, ApiRole required) => held >= required;

    public static string Name(this ApiRole role) => role switch
    {
        ApiRole.Screen => "screen",
        ApiRole.Review => "review",
        ApiRole.Approve => "approve",
        ApiRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    public static bool TryParse(string? text, out ApiRole role)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text, candidate.Name(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }
        role = default;
        return false;
    }
}
