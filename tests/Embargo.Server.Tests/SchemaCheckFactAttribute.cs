using Embargo.Testing;

namespace Embargo.Server.Tests;

/// <summary>A fact that validates against the reconciliation schemas: skipped when ajv or the shared data is missing, except under CI.</summary>
public sealed class SchemaCheckFactAttribute : FactAttribute
{
    public SchemaCheckFactAttribute()
    {
        if (!SchemaCheck.IsAvailable && !SharedData.IsCi) Skip = SchemaCheck.SkipReason;
    }
}
