using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Materials;

/// <summary>The library's routes: the list, its feed, and each material's download (counted, so never cached).</summary>
public static class MaterialEndpoints
{
    public static IEndpointRouteBuilder MapMaterials(this IEndpointRouteBuilder routes)
    {
        routes.MapMaterialSharing();
        routes.MapGet("/materialy/{slug}/pobierz", MaterialsPage.DownloadAsync);
        routes.MapCachedGet("/materialy", MaterialsPage.ListAsync);
        routes.MapCachedGet("/materialy/rss", (HttpContext http) => RssFeed.WriteAsync(http, ContentTypes.Material, "Nowe materiały samokształceniowe", "/materialy",
            i => i.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>()));
        return routes;
    }
}
