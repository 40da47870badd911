using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Siec.Cms.Admin;

/// <summary>
/// The admin's own scripts and style sheet (Assets/, written for this project, no third-party code), built into the
/// assembly so that no step outside the build is needed, and served at <c>/admin-assets/{name}</c> with a version in
/// the address, so browsers keep them until they change. The public site's Markdown editor uses the same script.
/// </summary>
public static class AdminAssets
{
    public const string RequestPath = "/admin-assets";

    private static readonly Dictionary<string, (byte[] Bytes, string Type, string Version)> Files = Load();

    /// <summary>The address of an asset, with its content's version.</summary>
    public static string Url(string name) => $"{RequestPath}/{name}?v={Files[name].Version}";

    public static IEndpointRouteBuilder MapAdminAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(RequestPath + "/{name}", (string name, HttpContext http) =>
        {
            if (!Files.TryGetValue(name, out var file))
            {
                return Results.NotFound();
            }

            // With its version in the address it never changes; without (the public site's templates), ask again each time.
            http.Response.Headers.CacheControl = http.Request.Query["v"] == file.Version ? "public, max-age=31536000, immutable" : "no-cache";
            return Results.Bytes(file.Bytes, file.Type, entityTag: new EntityTagHeaderValue($"\"{file.Version}\""));
        });
        return routes;
    }

    private static Dictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(AdminAssets).Assembly;
        const string prefix = "Siec.Cms.Admin.Assets.";
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var name = resource[prefix.Length..];
            var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            files[name] = (bytes, type, Convert.ToHexString(SHA256.HashData(bytes))[..12].ToLowerInvariant());
        }

        return files;
    }
}
