using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Embargo.Web;

/// <summary>The stylesheet and the few scripts, embedded in the assembly and served under <c>/ui/assets/</c> (no build step).</summary>
internal static class WebAssets
{
    private static readonly FrozenDictionary<string, (byte[] Content, string Type)> Files = Load();

    /// <summary>Changes whenever an asset changes, so pages can link with it and browsers cache forever.</summary>
    public static string Version { get; } = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        Files.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Content).ToArray()), 0, 6).ToLowerInvariant();

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(WebInterface.Root + "/assets/{name}", (string name, HttpContext context) =>
        {
            if (!Files.TryGetValue(name, out var file)) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(file.Content, file.Type);
        }).ExcludeFromDescription().AllowAnonymous();

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        const string prefix = "Embargo.Web.Assets.";
        var assembly = typeof(WebAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var name = resource[prefix.Length..];
            files[name] = (buffer.ToArray(), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
