namespace Embargo.Testing.Postgres;

/// <summary>
/// Marks a test class whose inherited <see cref="StoreFactAttribute"/> tests run against PostgreSQL, so that they
/// are skipped (outside CI) when there is no server to run them on.
/// </summary>
#pragma warning disable CA1040 // A marker: the type is the information.
public interface INeedsPostgres;
#pragma warning restore CA1040
