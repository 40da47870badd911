using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Siec.Network.Site;

/// <summary>The reader pages, with Polish clean URLs; any other path is an item's path or the Polish 404 page.</summary>
public static class PublicSiteEndpoints
{
    public static IEndpointRouteBuilder MapPublicSite(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", HomePage.ShowAsync);
        routes.MapGet("/materialy", MaterialsPage.ListAsync);
        routes.MapGet("/materialy/rss", Feeds.MaterialsAsync);
        routes.MapGet("/materialy/{slug}/pobierz", MaterialsPage.DownloadAsync);
        routes.MapGet("/warsztaty", WorkshopsPage.ListAsync);
        routes.MapGet("/warsztaty.ics", WorkshopsPage.CalendarAsync);
        routes.MapGet("/warsztaty/{slug}.ics", WorkshopsPage.WorkshopCalendarAsync);
        routes.MapGet("/blog/rss", Feeds.BlogAsync);
        routes.MapGet("/obszary/{slug}", AreaPage.ShowAsync);
        routes.MapGet("/szukaj", SearchPage.ShowAsync);
        routes.MapGet("/sitemap.xml", Sitemap.XmlAsync);
        routes.MapGet("/robots.txt", Sitemap.Robots);
        routes.MapGet("/{**path}", ItemPage.ShowAsync);
        return routes;
    }
}
