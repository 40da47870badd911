using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;

namespace Siec.Network.Site;

/// <summary>
/// The reader pages, with Polish clean URLs; any other path is an item's path or the Polish 404 page. Pages use the
/// output cache policy <see cref="CachePolicy"/>, which the host drops whenever content changes; downloads are counted,
/// so they are never cached.
/// </summary>
public static class PublicSiteEndpoints
{
    public const string CachePolicy = "Content";

    public static IEndpointRouteBuilder MapPublicSite(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/materialy/{slug}/pobierz", MaterialsPage.DownloadAsync);
        Cached(routes, "/", HomePage.ShowAsync);
        Cached(routes, "/materialy", MaterialsPage.ListAsync);
        Cached(routes, "/materialy/rss", Feeds.MaterialsAsync);
        Cached(routes, "/warsztaty", WorkshopsPage.ListAsync);
        Cached(routes, "/warsztaty.ics", WorkshopsPage.CalendarAsync);
        Cached(routes, "/warsztaty/{slug}.ics", WorkshopsPage.WorkshopCalendarAsync);
        Cached(routes, "/blog/rss", Feeds.BlogAsync);
        Cached(routes, "/obszary/{slug}", AreaPage.ShowAsync);
        Cached(routes, "/szukaj", SearchPage.ShowAsync);
        Cached(routes, "/czlonkowie", MembersPage.ListAsync);
        Cached(routes, "/sitemap.xml", Sitemap.XmlAsync);
        Cached(routes, "/robots.txt", Sitemap.Robots);
        Cached(routes, "/{**path}", ItemPage.ShowAsync);
        return routes;
    }

    private static void Cached(IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapGet(pattern, handler).CacheOutput(CachePolicy);
}
