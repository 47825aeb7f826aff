using System.Text.Json;
using Embargo.Core.Model;

namespace Embargo.Hosting.Audit;

/// <summary>Before and after states as the audit trail stores them: compact snake_case JSON text.</summary>
public static class AuditJson
{
    public static string? Serialize(object? state) => state switch
    {
        null => null,
        string text => text,
        _ => JsonSerializer.Serialize(state, EntryJson.Options),
    };
}
