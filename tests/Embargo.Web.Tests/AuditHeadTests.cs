using System.Runtime.CompilerServices;
using Embargo.Core.Audit;
using Embargo.Hosting.Audit;
using Embargo.Web.Pages.Audit;

namespace Embargo.Web.Tests;

public sealed class AuditHeadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(50)]
    [InlineData(51)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(4099)]
    public async Task TheHeadIsTheNewestSequenceNumberFoundWithAFewOneRowReads(int records)
    {
        var store = new NumberedTrail(records);
        Assert.Equal(records, await AuditHead.FindAsync(new AuditService(store, TimeProvider.System), CancellationToken.None));
        Assert.True(store.Reads <= 2 * (Math.Log2(Math.Max(records, 1)) + 2), $"{store.Reads} reads for {records} records");
    }

    /// <summary>A trail of records 1..N, counting the reads asked of it.</summary>
    private sealed class NumberedTrail(int count) : IAuditStore
    {
        public int Reads { get; private set; }

        public Task<IReadOnlyList<AuditRecord>> AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Reads++;
            await Task.Yield();
            var returned = 0;
            for (var sequence = query.AfterSequence + 1; sequence <= count && (query.Limit is not { } limit || returned < limit); sequence++, returned++)
            {
                yield return new AuditRecord(sequence, new AuditEntry { At = DateTimeOffset.UnixEpoch, Actor = "system", Action = "test", Subject = "test:" + sequence }, "", "");
            }
        }
    }
}
