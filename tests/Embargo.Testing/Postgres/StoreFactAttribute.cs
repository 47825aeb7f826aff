using Xunit;
using Xunit.Sdk;

namespace Embargo.Testing.Postgres;

/// <summary>
/// A fact of a contract test written once in an abstract class and run by one subclass per store. It runs like
/// <see cref="FactAttribute"/>, except in subclasses marked <see cref="INeedsPostgres"/> when PostgreSQL is
/// missing: there it is skipped with the reason (outside CI).
/// </summary>
[XunitTestCaseDiscoverer("Embargo.Testing.Postgres.StoreFactDiscoverer", "Embargo.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
