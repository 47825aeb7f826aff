using Xunit;

namespace Embargo.Testing.Postgres;

/// <summary>
/// A fact that needs a PostgreSQL server (<see cref="PostgresServer"/>): skipped with a clear message when the
/// binaries are absent, except under CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsAvailable && !SharedData.IsCi) Skip = PostgresServer.SkipReason;
    }
}
