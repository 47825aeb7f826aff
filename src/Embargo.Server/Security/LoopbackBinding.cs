using System.Net;

namespace Embargo.Server.Security;

/// <summary>Decides whether a set of listen URLs is reachable only from this machine (the condition for <c>--no-auth</c>).</summary>
internal static class LoopbackBinding
{
    public static bool IsLoopbackOnly(IEnumerable<string> urls) => urls.All(IsLoopback);

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return false;
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
