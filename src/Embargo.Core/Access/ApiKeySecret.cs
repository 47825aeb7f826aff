using System.Security.Cryptography;
using System.Text;

namespace Embargo.Core.Access;

/// <summary>
/// The key a client sends: <c>emb_{id}_{secret}</c>. The id finds the stored key; the whole token is compared by
/// its SHA-256 hash, in constant time. A slow password hash is unnecessary: the secret is 160 random bits.
/// </summary>
public static class ApiKeySecret
{
    private const string Prefix = "emb_";
    private const int IdBytes = 5;
    private const int SecretBytes = 20;

    /// <summary>A new key id and the token to hand to the client once (it cannot be recovered later).</summary>
    public static (string Id, string Token) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
        return (id, string.Concat(Prefix, id, "_", secret));
    }

    /// <summary>The stored form of a token.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The key id inside a token, or false when the text is not shaped like a token.</summary>
    public static bool TryGetId(string? token, out string id)
    {
        id = "";
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = token.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != IdBytes * 2 || rest.Length != separator + 1 + SecretBytes * 2) return false;
        id = rest[..separator].ToString();
        return true;
    }

    /// <summary>True when <paramref name="token"/> hashes to <paramref name="storedHash"/> (constant-time).</summary>
    public static bool Verify(string token, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));
}
