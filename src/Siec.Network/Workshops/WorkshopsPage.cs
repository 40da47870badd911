using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Workshops;

/// <summary><c>/warsztaty</c>: upcoming meetings and past ones a page at a time, and their calendar files.</summary>
public static class WorkshopsPage
{
    private const int PastPerPage = 20;

    public static async Task<IResult> ListAsync(HttpContext http, SitePages pages, WorkshopLists lists)
    {
        var requested = Pager.From(http, PastPerPage, 0);
        var (past, total) = await lists.PastAsync((requested.Page - 1) * PastPerPage, PastPerPage);
        var model = new Dictionary<string, object?>
        {
            // Later pages list past meetings only.
            ["Upcoming"] = ContentLists.Model(requested.Page == 1 ? await lists.UpcomingAsync() : []),
            ["Past"] = ContentLists.Model(past),
            ["Pager"] = (requested with { Total = total }).ToModel(http),
        };
        return await pages.TemplateAsync(http, "Workshops", model, new PageMeta("Warsztaty i spotkania")
        {
            Feeds = new Dictionary<string, string> { ["Kalendarz spotkań (iCal)"] = "/warsztaty.ics" },
        });
    }

    public static async Task<IResult> CalendarAsync(WorkshopLists lists, PublicAddress address)
    {
        var workshops = await lists.CalendarAsync();
        return Calendar(WorkshopCalendar.Write(workshops, await address.BaseUrlAsync(), DateTime.UtcNow), "warsztaty.ics");
    }

    public static async Task<IResult> WorkshopCalendarAsync(string slug, HttpContext http, SitePages pages, ContentQuery query, PublicAddress address)
    {
        var workshop = await query.ByPathAsync("warsztaty/" + slug);
        return workshop?.ContentType == ContentTypes.Workshop
            ? Calendar(WorkshopCalendar.Write([workshop], await address.BaseUrlAsync(), DateTime.UtcNow), slug + ".ics")
            : await pages.NotFoundAsync(http);
    }

    private static IResult Calendar(string text, string name) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", name);
}
