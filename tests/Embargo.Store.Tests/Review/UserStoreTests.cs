using Embargo.Core.Access;
using Embargo.Core.Audit;
using Embargo.Testing.Postgres;

namespace Embargo.Store.Tests.Review;

/// <summary>What every user store does (SQLite here; the PostgreSQL store runs the same claims).</summary>
public abstract class UserStoreTests
{
    protected abstract Task<StoreSet> OpenAsync();

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    internal static User Alice => new()
    {
        Id = "alice", Name = "Alice Martin", Roles = [ApiRole.Review, ApiRole.Approve], CreatedAt = Now,
    };

    internal static AuditEntry Audit(string action, string subject) => new() { At = Now, Actor = "admin", Action = action, Subject = subject };

    [StoreFact]
    public async Task AnAddedUserIsFoundWithItsRoles()
    {
        await using var stores = await OpenAsync();
        Assert.True(await stores.Users.AddAsync(Alice, Audit(AuditActions.UserAdd, "user:alice"), default));

        var found = await stores.Users.FindAsync("alice", default);
        Assert.NotNull(found);
        Assert.Equal("Alice Martin", found.Name);
        Assert.Equal([ApiRole.Review, ApiRole.Approve], found.Roles);
        Assert.Equal(ApiRole.Approve, found.Role);
        Assert.False(found.Disabled);
        Assert.Equal(1, await stores.Users.CountAsync(default));
    }

    [StoreFact]
    public async Task ATakenIdIsRefusedAndNothingIsRecorded()
    {
        await using var stores = await OpenAsync();
        await stores.Users.AddAsync(Alice, Audit(AuditActions.UserAdd, "user:alice"), default);
        Assert.False(await stores.Users.AddAsync(Alice with { Name = "Other" }, Audit(AuditActions.UserAdd, "user:alice"), default));

        Assert.Equal("Alice Martin", (await stores.Users.FindAsync("alice", default))!.Name);
        Assert.Single(await ReadAllAsync(stores));
    }

    [StoreFact]
    public async Task AnUpdateChangesRolesPasswordAndFlagWithItsAuditRecord()
    {
        await using var stores = await OpenAsync();
        await stores.Users.AddAsync(Alice, Audit(AuditActions.UserAdd, "user:alice"), default);
        var changed = Alice with { Roles = [ApiRole.Admin], Disabled = true, PasswordHash = "pbkdf2-sha256$1$AA==$AA==" };
        Assert.True(await stores.Users.UpdateAsync(changed, Audit(AuditActions.UserUpdate, "user:alice"), default));

        var found = (await stores.Users.FindAsync("alice", default))!;
        Assert.Equal([ApiRole.Admin], found.Roles);
        Assert.True(found.Disabled);
        Assert.Equal(changed.PasswordHash, found.PasswordHash);
        Assert.Equal([AuditActions.UserAdd, AuditActions.UserUpdate], (await ReadAllAsync(stores)).Select(r => r.Entry.Action));
    }

    [StoreFact]
    public async Task UpdatingAnUnknownUserChangesNothing()
    {
        await using var stores = await OpenAsync();
        Assert.False(await stores.Users.UpdateAsync(Alice, Audit(AuditActions.UserUpdate, "user:alice"), default));
        Assert.Empty(await ReadAllAsync(stores));
    }

    [StoreFact]
    public async Task AKeyRemembersTheUserItActsFor()
    {
        await using var stores = await OpenAsync();
        await stores.Users.AddAsync(Alice, Audit(AuditActions.UserAdd, "user:alice"), default);
        await stores.Keys.AddAsync(new ApiKey { Id = "0123456789", Name = "alice's key", Role = ApiRole.Review, CreatedAt = Now, UserId = "alice" }, "hash", null, default);
        await stores.Keys.AddAsync(new ApiKey { Id = "abcdefabcd", Name = "gateway", Role = ApiRole.Screen, CreatedAt = Now }, "hash2", null, default);

        Assert.Equal("alice", (await stores.Keys.FindAsync("0123456789", default))!.Value.Key.UserId);
        Assert.Null((await stores.Keys.FindAsync("abcdefabcd", default))!.Value.Key.UserId);
    }

    internal static async Task<List<AuditRecord>> ReadAllAsync(StoreSet stores)
    {
        var records = new List<AuditRecord>();
        await foreach (var r in stores.Audit.ReadAsync(new AuditQuery(), default)) records.Add(r);
        return records;
    }
}
