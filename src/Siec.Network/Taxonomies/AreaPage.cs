using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Taxonomies;

/// <summary>
/// <c>/obszary/{slug}</c>: what is published in one thematic area, by kind, the newest of each with how many there
/// are (the materials link to the library filtered by the area).
/// </summary>
public static class AreaPage
{
    private const int PerKind = 10;

    private static readonly (string Key, string Type)[] Kinds =
    [
        ("Posts", ContentTypes.BlogPost), ("Materials", ContentTypes.Material), ("Workshops", ContentTypes.Workshop),
        ("Categories", ContentTypes.ForumCategory), ("Topics", ContentTypes.ForumTopic),
    ];

    public static async Task<IResult> ShowAsync(string slug, HttpContext http, SitePages pages, ThematicAreas areas, ContentQuery query)
    {
        var term = (await areas.LoadAsync()).FirstOrDefault(t => ThematicAreas.Path(t) == "obszary/" + slug);
        if (term is null)
        {
            return await pages.NotFoundAsync(http);
        }

        var termId = ThematicAreas.Id(term);
        var model = new Dictionary<string, object?> { ["Area"] = term, ["Slug"] = slug };
        foreach (var (key, type) in Kinds)
        {
            var (items, total) = await query.PageOfTypeAsync(type, termId, 0, PerKind);
            model[key] = ContentLists.Model(items);
            model[key + "Total"] = total;
        }

        return await pages.TemplateAsync(http, "Area", model, new PageMeta((string?)term["DisplayText"] ?? "Obszar tematyczny"));
    }
}
