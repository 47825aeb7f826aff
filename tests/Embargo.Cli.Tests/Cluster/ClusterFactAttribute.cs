using Embargo.Testing;
using Embargo.Testing.Postgres;

namespace Embargo.Cli.Tests.Cluster;

/// <summary>A test with real server processes on a PostgreSQL store and the official lists: skipped (outside CI) without either.</summary>
internal sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (SharedData.IsCi) return;
        if (!PostgresServer.IsAvailable) Skip = PostgresServer.SkipReason;
        else if (!SharedData.IsAvailable) Skip = SharedData.SkipReason;
    }
}
