using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Embargo.Core.Audit;

/// <summary>
/// The hash chain of the audit trail. A record's hash is the SHA-256 of its canonical content — a JSON array of
/// sequence, time, actor, action, subject, before, after, list versions and the previous record's hash — so
/// editing a record changes its hash, and deleting one breaks the link of the next. Before and after are hashed
/// as stored text: a backend must keep them byte for byte (text, not a re-ordering JSON type).
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The time as the chain hashes it: UTC, to the microsecond (what every backend can store exactly).</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    public static string FormatTime(DateTimeOffset at) =>
        Normalize(at).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The record that <paramref name="entry"/> becomes at <paramref name="sequence"/> after a record hashed <paramref name="previousHash"/>.</summary>
    public static AuditRecord Seal(long sequence, AuditEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var normalized = entry with { At = Normalize(entry.At) };
        return new AuditRecord(sequence, normalized, previousHash, Hash(sequence, normalized, previousHash));
    }

    public static string Hash(long sequence, AuditEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            json.WriteNumberValue(sequence);
            json.WriteStringValue(FormatTime(entry.At));
            json.WriteStringValue(entry.Actor);
            json.WriteStringValue(entry.Action);
            json.WriteStringValue(entry.Subject);
            WriteNullable(json, entry.Before);
            WriteNullable(json, entry.After);
            json.WriteStartArray();
            foreach (var version in entry.ListVersions) json.WriteStringValue(version);
            json.WriteEndArray();
            json.WriteStringValue(previousHash);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }
}
