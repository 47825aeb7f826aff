using Embargo.Core.Audit;

namespace Embargo.Core.Access;

/// <summary>Where users are kept. Every change is written together with its audit record, in one transaction.</summary>
public interface IUserStore
{
    /// <summary>Adds a user; false when the id is taken.</summary>
    Task<bool> AddAsync(User user, AuditEntry audit, CancellationToken cancellationToken);

    Task<User?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every user, by id.</summary>
    Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the name, roles, password hash and disabled flag of an existing user; false when there is none.</summary>
    Task<bool> UpdateAsync(User user, AuditEntry audit, CancellationToken cancellationToken);
}
