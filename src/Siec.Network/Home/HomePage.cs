using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;
using Siec.Network.Forum;
using Siec.Network.Materials;
using Siec.Network.Site;
using Siec.Network.Taxonomies;
using Siec.Network.Workshops;

namespace Siec.Network.Home;

/// <summary><c>/</c>: the network's purpose, latest posts, workshops, forum topics, materials and the five areas.</summary>
public static class HomePage
{
    public static async Task<IResult> ShowAsync(
        HttpContext http, SitePages pages, WorkshopLists workshops, ForumStats forum, ContentQuery query, ThematicAreas areas, UserContentLinks links, IClock clock)
    {
        var upcoming = await workshops.UpcomingAsync(3);
        var topics = await forum.LatestTopicsAsync(5);
        var model = new Dictionary<string, object?>
        {
            ["About"] = await query.ByPathAsync(NetworkIds.AboutPath) is { } about ? LiquidModel.From(about) : null,
            ["Posts"] = ContentLists.Model(await query.NewestAsync(ContentTypes.BlogPost, 3)),
            ["UpcomingWorkshops"] = ContentLists.Model(upcoming),
            ["LatestPastWorkshop"] = upcoming.Count == 0 && (await workshops.PastAsync(0, 1)).Items is [var latest] ? LiquidModel.From(latest) : null,
            ["Topics"] = ContentLists.Model(topics.Select(t => t.Topic)),
            ["Materials"] = ContentLists.Model(await query.NewestAsync(ContentTypes.Material, 5)),
            ["Areas"] = await areas.LoadAsync(),
            ["UsefulMaterials"] = ContentLists.Model(await UsefulThisMonthAsync(query, links, clock)),
        };
        return await pages.TemplateAsync(http, "Home", model, new PageMeta("Strona główna")
        {
            Feeds = new Dictionary<string, string> { ["Blog koordynatora (RSS)"] = "/blog/rss", ["Nowe materiały (RSS)"] = "/materialy/rss" },
        });
    }

    /// <summary>The three published materials members marked "Przydatne" most often in the last 30 days.</summary>
    private static async Task<List<ContentItem>> UsefulThisMonthAsync(ContentQuery query, UserContentLinks links, IClock clock)
    {
        var useful = new List<ContentItem>();
        foreach (var id in await links.MostLinkedSinceAsync(MaterialSharingEndpoints.UsefulLink, clock.UtcNow.AddDays(-30), 10))
        {
            if (useful.Count < 3 && await query.GetAsync(id) is { ContentType: ContentTypes.Material } material)
            {
                useful.Add(material);
            }
        }

        return useful;
    }
}
