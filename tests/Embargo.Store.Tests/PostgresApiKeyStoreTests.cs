using Embargo.Core.Access;
using Embargo.Store.Postgres;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests;

public sealed class PostgresApiKeyStoreTests : ApiKeyStoreTests, INeedsPostgres, IAsyncLifetime
{
    private readonly PostgresStoreFixture _fixture = new();

    protected override async Task<IApiKeyStore> OpenStoreAsync() => new PostgresApiKeyStore(await _fixture.OpenAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();
}
