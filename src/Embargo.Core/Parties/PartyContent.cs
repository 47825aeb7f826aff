using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Embargo.Core.Model;
using Embargo.Core.Snapshots;

namespace Embargo.Core.Parties;

/// <summary>
/// The screened data of a party as canonical JSON (fixed field order, empty facts left out) and its SHA-256. The
/// allow-list keeps this hash: a false positive stays suppressed only while the party's screened data is the same.
/// </summary>
public static class PartyContent
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Canonical(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            if (party.Kind is { } kind and not EntityKind.Unknown) json.WriteString("kind", kind.ToString().ToLowerInvariant());
            json.WriteString("name", party.Name);
            if (party.Aliases.Count > 0)
            {
                json.WriteStartArray("aliases");
                foreach (var alias in party.Aliases) json.WriteStringValue(alias);
                json.WriteEndArray();
            }
            if (party.BirthDate is { } date) json.WriteString("birth_date", date.ToString());
            if (party.Country is { } country) json.WriteString("country", country);
            if (party.IdNumber is { } id) json.WriteString("id_number", id);
            if (party.Gender is { } gender) json.WriteString("gender", gender);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Hash(Party party) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(party))));

    /// <summary>The screened fields (<c>name</c>, <c>aliases</c>, <c>birth_date</c>…) that differ between two canonical forms.</summary>
    public static IReadOnlyList<string> ChangedFields(string olderCanonical, string newerCanonical) =>
        EntryComparer.ChangedFields(olderCanonical, newerCanonical);
}
