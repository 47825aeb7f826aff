using System.Text.Json;
using Embargo.Testing;

namespace Embargo.Cli.Tests;

public sealed class UsersCommandsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private Task<CliRun> As(string user, params string[] args) => CliRun.ExecAsync(_data.Path, ["--as", user, .. args]);

    [Fact]
    public async Task TheFirstAdministratorIsRegisteredByTheLocalOperatorThenUsersAreRequired()
    {
        var first = await As("root", "users", "add", "alice", "--name", "Alice Martin", "--roles", "admin");
        Assert.True(first.ExitCode == 0, first.ToString());

        var stranger = await As("root", "users", "add", "bob", "--roles", "review");
        Assert.Equal(2, stranger.ExitCode);
        Assert.Contains("not a registered user", stranger.Error, StringComparison.Ordinal);

        Assert.Equal(0, (await As("alice", "users", "add", "bob", "--roles", "review,approve")).ExitCode);
        var list = await As("alice", "users", "list", "--json");
        using var json = JsonDocument.Parse(list.Out);
        var bob = json.RootElement.EnumerateArray().Single(u => u.GetProperty("id").GetString() == "bob");
        Assert.Equal(["review", "approve"], bob.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(bob.GetProperty("has_password").GetBoolean());
    }

    [Fact]
    public async Task OnlyAdministratorsManageUsers()
    {
        await As("root", "users", "add", "alice", "--roles", "admin");
        await As("alice", "users", "add", "bob", "--roles", "review");

        var run = await As("bob", "users", "add", "carol", "--roles", "admin");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs the admin role", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetRolesAndDisableTakeEffectAndTheLastAdministratorStays()
    {
        await As("root", "users", "add", "alice", "--roles", "admin");
        await As("alice", "users", "add", "bob", "--roles", "review");

        Assert.Equal(0, (await As("alice", "users", "set-roles", "bob", "approve")).ExitCode);
        Assert.Equal(0, (await As("alice", "users", "disable", "bob")).ExitCode);
        var disabled = await As("bob", "users", "list");
        Assert.Equal(2, disabled.ExitCode);
        Assert.Contains("disabled", disabled.Error, StringComparison.Ordinal);

        var lockout = await As("alice", "users", "disable", "alice");
        Assert.Equal(2, lockout.ExitCode);
        Assert.Contains("last enabled administrator", lockout.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasswordIsReadFromStandardInputAndOnlyItsHashIsKept()
    {
        var run = await CliRun.ExecWithInputAsync(_data.Path, "s3cret-passphrase\n", "--as", "root", "users", "add", "alice", "--roles", "admin", "--password-stdin", "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("s3cret", run.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("has_password").GetBoolean());
    }

    [Fact]
    public async Task BadRolesAndIdsAreRefusedWithAMessage()
    {
        var badRole = await As("root", "users", "add", "alice", "--roles", "superuser");
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("'superuser' is not a user role", badRole.Error, StringComparison.Ordinal);
        var badId = await As("root", "users", "add", "alice martin");
        Assert.Equal(2, badId.ExitCode);
        Assert.Contains("is not a user id", badId.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyForAUserCannotExceedTheirRole()
    {
        await As("root", "users", "add", "alice", "--roles", "admin");
        await As("alice", "users", "add", "bob", "--roles", "review");

        var tooBig = await As("alice", "keys", "create", "--role", "admin", "--user", "bob");
        Assert.Equal(2, tooBig.ExitCode);
        Assert.Contains("holds only review", tooBig.Error, StringComparison.Ordinal);
        var fine = await As("alice", "keys", "create", "--role", "review", "--user", "bob");
        Assert.True(fine.ExitCode == 0, fine.ToString());
        Assert.Contains("for bob", fine.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
