using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Siec.Network.Site;

/// <summary>
/// The reader site's shared routes: search, sitemap, robots and, last, any item's path or the Polish 404 page. Reader
/// pages use the output cache policy <see cref="CachePolicy"/>, which the host drops whenever content changes.
/// </summary>
public static class SiteEndpoints
{
    public const string CachePolicy = "Content";

    /// <summary>A reader page (answering HEAD as GET, as link checkers expect) kept in the output cache until content changes.</summary>
    public static RouteHandlerBuilder MapCachedGet(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], handler).CacheOutput(CachePolicy);

    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(MarkdownPreview.Path, MarkdownPreview.RenderAsync).DisableAntiforgery();
        routes.MapCachedGet("/szukaj", SearchPage.ShowAsync);
        routes.MapCachedGet("/sitemap.xml", Sitemap.XmlAsync);
        routes.MapCachedGet("/sitemap-{part:int}.xml", Sitemap.PartAsync);
        routes.MapCachedGet("/robots.txt", Sitemap.RobotsAsync);
        routes.MapCachedGet("/{**path}", ItemPage.ShowAsync);
        return routes;
    }
}
