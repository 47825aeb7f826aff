namespace Embargo.Core.Access;

/// <summary>Where API keys are kept: the key's record and the hash of its token, never the token itself.</summary>
public interface IApiKeyStore
{
    Task AddAsync(ApiKey key, string tokenHash, CancellationToken cancellationToken);

    /// <summary>The key with this id and its token hash, or null.</summary>
    Task<(ApiKey Key, string TokenHash)?> FindAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes the key; false when there is no such key or it was already revoked.</summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}
