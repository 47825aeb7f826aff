namespace Embargo.Core.Access;

/// <summary>Where API keys are kept: the key's record and the hash of its token, never the token itself.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key, with its audit record (when given) in the same transaction.</summary>
    Task AddAsync(ApiKey key, string tokenHash, Audit.AuditEntry? audit, CancellationToken cancellationToken);

    /// <summary>The key with this id and its token hash, or null.</summary>
    Task<(ApiKey Key, string TokenHash)?> FindAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Revokes the key, with its audit record (when given) in the same transaction; false when there is no such key or
    /// it was already revoked (and nothing is recorded).
    /// </summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset at, Audit.AuditEntry? audit, CancellationToken cancellationToken);
}
