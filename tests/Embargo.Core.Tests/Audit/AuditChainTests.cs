using Embargo.Core.Audit;

namespace Embargo.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 30, 15, TimeSpan.FromHours(1));

    private static AuditEntry Entry(string action, string subject, string? after = null) => new()
    {
        At = At,
        Actor = "alice",
        Action = action,
        Subject = subject,
        After = after,
        ListVersions = ["us-ofac-sdn 20240503-1c9e0b2a"],
    };

    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var record = AuditChain.Seal(i, Entry(AuditActions.AlertDecide, $"alert:{i}", $$"""{"decision":"false_positive","n":{{i}}}"""), previous);
            records.Add(record);
            previous = record.Hash;
        }
        return records;
    }

    private static AuditVerification Verify(IEnumerable<AuditRecord> records)
    {
        var verifier = new AuditVerifier();
        foreach (var r in records) verifier.Add(r);
        return verifier.Result();
    }

    [Fact]
    public void AnUntouchedChainVerifies()
    {
        var records = Chain(5);
        var result = Verify(records);
        Assert.True(result.IsIntact);
        Assert.Equal(5, result.Records);
        Assert.Equal(records[^1].Hash, result.HeadHash);
    }

    [Fact]
    public void TheHashCoversEveryField()
    {
        var entry = Entry(AuditActions.AlertDecide, "alert:1", "{}");
        var hash = AuditChain.Hash(1, entry, AuditChain.Genesis);
        Assert.NotEqual(hash, AuditChain.Hash(2, entry, AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.Hash(1, entry with { Actor = "mallory" }, AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.Hash(1, entry with { Action = AuditActions.AlertApprove }, AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.Hash(1, entry with { Subject = "alert:2" }, AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.Hash(1, entry with { Before = "{}" }, AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.Hash(1, entry with { After = null }, AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.Hash(1, entry with { At = At.AddSeconds(1) }, AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.Hash(1, entry with { ListVersions = [] }, AuditChain.Genesis));
        Assert.NotEqual(hash, AuditChain.Hash(1, entry, new string('1', 64)));
    }

    [Fact]
    public void TimesAreHashedInUtcToTheMicrosecond()
    {
        var entry = Entry(AuditActions.PartyAdd, "party:1");
        var sameInstantElsewhere = entry with { At = At.ToOffset(TimeSpan.FromHours(-5)).AddTicks(7) };
        Assert.Equal(AuditChain.Hash(1, entry, AuditChain.Genesis), AuditChain.Hash(1, sameInstantElsewhere, AuditChain.Genesis));
        Assert.Equal("2026-11-22T08:30:15.000000Z", AuditChain.FormatTime(entry.At));
    }

    [Fact]
    public void AnEditedRecordIsFound()
    {
        var records = Chain(4);
        records[2] = records[2] with { Entry = records[2].Entry with { After = """{"decision":"true_match","n":3}""" } };
        var result = Verify(records);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Sequence);
        Assert.Contains("edited", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeletedRecordIsFound()
    {
        var records = Chain(4);
        records.RemoveAt(1);
        var result = Verify(records);
        Assert.False(result.IsIntact);
        Assert.Contains(result.Problems, p => p.Sequence == 3 && p.Problem.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Sequence == 3 && p.Problem.Contains("does not link", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEditedRecordWithARecomputedHashBreaksTheNextLink()
    {
        var records = Chain(4);
        var forged = records[1].Entry with { Actor = "mallory" };
        records[1] = records[1] with { Entry = forged, Hash = AuditChain.Hash(2, forged, records[1].PreviousHash) };
        var problem = Assert.Single(Verify(records).Problems);
        Assert.Equal(3, problem.Sequence);
        Assert.Contains("does not link", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailCutShortIsFoundAgainstAHeadNotedEarlier()
    {
        var records = Chain(5);
        var verifier = new AuditVerifier();
        verifier.ExpectHead(5, records[4].Hash);
        foreach (var r in records.Take(3)) verifier.Add(r);
        var problem = Assert.Single(verifier.Result().Problems);
        Assert.Contains("cut short", problem.Problem, StringComparison.Ordinal);
    }
}
