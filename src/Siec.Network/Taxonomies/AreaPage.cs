using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Taxonomies;

/// <summary><c>/obszary/{slug}</c>: everything published in one thematic area, by kind.</summary>
public static class AreaPage
{
    public static async Task<IResult> ShowAsync(string slug, HttpContext http, SitePages pages, ThematicAreas areas, ContentQuery query)
    {
        var term = (await areas.LoadAsync()).FirstOrDefault(t => ThematicAreas.Path(t) == "obszary/" + slug);
        if (term is null)
        {
            return await pages.NotFoundAsync(http);
        }

        var items = await query.ByTermAsync(ThematicAreas.Id(term));
        var model = new Dictionary<string, object?>
        {
            ["Area"] = term,
            ["Posts"] = ContentLists.Model(items.Where(i => i.ContentType == ContentTypes.BlogPost)),
            ["Materials"] = ContentLists.Model(items.Where(i => i.ContentType == ContentTypes.Material)),
            ["Workshops"] = ContentLists.Model(items.Where(i => i.ContentType == ContentTypes.Workshop)),
            [ContentTypes.Forum] = ContentLists.Model(items.Where(i => i.ContentType is ContentTypes.ForumCategory or ContentTypes.ForumTopic)),
        };
        return await pages.TemplateAsync(http, "Area", model, new PageMeta((string?)term["DisplayText"] ?? "Obszar tematyczny"));
    }
}
