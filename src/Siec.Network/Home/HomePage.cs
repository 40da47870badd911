using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;
using Siec.Network.Forum;
using Siec.Network.Site;
using Siec.Network.Taxonomies;
using Siec.Network.Workshops;

namespace Siec.Network.Home;

/// <summary><c>/</c>: the network's purpose, latest posts, workshops, forum topics, materials and the five areas.</summary>
public static class HomePage
{
    public static async Task<IResult> ShowAsync(
        HttpContext http, SitePages pages, WorkshopLists workshops, ForumStats forum, ContentQuery query, ThematicAreas areas)
    {
        var (upcoming, past) = await workshops.UpcomingAndPastAsync();
        var topics = await forum.LatestTopicsAsync(5);
        var model = new Dictionary<string, object?>
        {
            ["About"] = await query.ByPathAsync("o-sieci") is { } about ? LiquidModel.From(about) : null,
            ["Posts"] = ContentLists.Model(await query.NewestAsync(ContentTypes.BlogPost, 3)),
            ["UpcomingWorkshops"] = ContentLists.Model(upcoming.Take(3)),
            ["LatestPastWorkshop"] = upcoming.Count == 0 && past.Count > 0 ? LiquidModel.From(past[0]) : null,
            ["Topics"] = ContentLists.Model(topics.Select(t => t.Topic)),
            ["Materials"] = ContentLists.Model(await query.NewestAsync(ContentTypes.Material, 5)),
            ["Areas"] = await areas.LoadAsync(),
        };
        return await pages.TemplateAsync(http, "Home", model, new PageMeta("Strona główna")
        {
            Feeds = new Dictionary<string, string> { ["Blog koordynatora (RSS)"] = "/blog/rss", ["Nowe materiały (RSS)"] = "/materialy/rss" },
        });
    }
}
