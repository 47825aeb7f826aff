namespace Embargo.Core.Audit;

/// <summary>
/// Checks an audit trail record by record, in sequence order: numbering without gaps from 1, each record linked
/// to the hash of the one before, each hash matching its content. Feed it with <see cref="Add"/>, read
/// <see cref="Result"/> at the end. A trail cut short at its end cannot be told from a shorter one: compare
/// <see cref="AuditVerification.HeadHash"/> with a head noted earlier (<see cref="ExpectHead"/>).
/// </summary>
public sealed class AuditVerifier
{
    private readonly List<AuditProblem> _problems = [];
    private readonly Dictionary<long, string> _expected = [];
    private long _count;
    private long _lastSequence;
    private string _lastHash = AuditChain.Genesis;
    private const int MaxProblems = 100;

    /// <summary>Also require that record <paramref name="sequence"/> still exists and has <paramref name="hash"/> (a head noted earlier).</summary>
    public void ExpectHead(long sequence, string hash) => _expected[sequence] = hash;

    public void Add(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _count++;
        if (record.Sequence != _lastSequence + 1)
        {
            Report(record.Sequence, record.Sequence > _lastSequence + 1
                ? $"records {_lastSequence + 1} to {record.Sequence - 1} are missing (deleted)"
                : $"out of order after record {_lastSequence}");
        }
        if (!string.Equals(record.PreviousHash, _lastHash, StringComparison.Ordinal))
            Report(record.Sequence, $"does not link to the record before it (previous hash {Short(record.PreviousHash)}, expected {Short(_lastHash)})");
        var actual = AuditChain.Hash(record.Sequence, record.Entry, record.PreviousHash);
        if (!string.Equals(actual, record.Hash, StringComparison.Ordinal))
            Report(record.Sequence, $"content does not match its hash (edited: stored {Short(record.Hash)}, content hashes to {Short(actual)})");
        if (_expected.TryGetValue(record.Sequence, out var expected) && !string.Equals(expected, record.Hash, StringComparison.Ordinal))
            Report(record.Sequence, $"hash {Short(record.Hash)} is not the {Short(expected)} noted earlier");
        _expected.Remove(record.Sequence);
        _lastSequence = record.Sequence;
        _lastHash = record.Hash;
    }

    public AuditVerification Result()
    {
        var problems = new List<AuditProblem>(_problems);
        foreach (var (sequence, hash) in _expected)
            problems.Add(new AuditProblem(sequence, $"record {sequence} (noted with hash {Short(hash)}) is missing: the trail was cut short"));
        return new AuditVerification(_count, _lastSequence, _lastHash, problems);
    }

    private void Report(long sequence, string problem)
    {
        if (_problems.Count < MaxProblems) _problems.Add(new AuditProblem(sequence, problem));
    }

    private static string Short(string hash) => hash.Length > 16 ? hash[..16] : hash;
}
