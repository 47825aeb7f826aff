using System.Buffers;

namespace Embargo.Hosting.Batch;

/// <summary>Turns outcomes into output bytes, in input order; everything a record writes ends with a line break.</summary>
internal interface IBatchWriter
{
    /// <summary>Written once at the start of a new output (a CSV header row); nothing for JSON Lines.</summary>
    void WriteHeader(IBufferWriter<byte> output);

    void Write(BatchOutcome outcome, IBufferWriter<byte> output);
}
