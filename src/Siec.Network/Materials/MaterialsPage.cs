using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Participation;
using Siec.Cms.Core.Settings;
using Siec.Network.Common;
using Siec.Network.Forum;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Materials;

/// <summary><c>/materialy</c>: the library, filtered by area and form, sorted, paged; and each material's download.</summary>
public static class MaterialsPage
{
    private static readonly (string Value, string Name)[] Sorts =
        [("najnowsze", "Najnowsze"), ("tytul", "Według tytułu"), ("przydatne", "Najbardziej przydatne"), ("pobrania", "Najczęściej pobierane")];

    public static async Task<IResult> ListAsync(
        HttpContext http, SitePages pages, ContentLists lists, ContentQuery query, ThematicAreas areas, DocumentStore documents, Counters counters, UserContentLinks links, FollowButton follow)
    {
        http.ShowsSections([SiteSections.Materials]);
        var area = http.Request.Query["obszar"].ToString();
        var format = http.Request.Query["forma"].ToString();
        var sort = http.Request.Query["sortuj"].ToString();
        var allAreas = await areas.LoadAsync();
        var areaId = allAreas.FirstOrDefault(t => ThematicAreas.Path(t)?.EndsWith("/" + area, StringComparison.Ordinal) == true) is { } term
            ? ThematicAreas.Id(term) : null;

        var pageSize = (await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).PageSize;
        var (page, pager) = format.Length == 0 && sort is "" or "najnowsze"
            ? await NewestAsync(http, query, areaId, pageSize)
            : await FilteredAsync(http, lists, areaId, format, sort, pageSize, counters, links);
        var model = new Dictionary<string, object?>
        {
            ["Items"] = ContentLists.Model(page),
            ["Pager"] = pager.ToModel(http),
            ["Areas"] = allAreas.Select(t => new Dictionary<string, object?>(t) { ["Slug"] = ThematicAreas.Path(t)?.Split('/').Last(), ["Selected"] = ThematicAreas.Id(t) == areaId }).ToList(),
            ["Formats"] = MaterialFormats.All.Select(f => new Dictionary<string, object?> { ["Name"] = f, ["Selected"] = f == format }).ToList(),
            // Following the library, or the chosen area's new materials.
            ["FollowButton"] = await follow.ForAsync(http, areaId ?? FollowTargets.Library),
            ["FollowArea"] = areaId is null ? null : allAreas.First(t => ThematicAreas.Id(t) == areaId).GetValueOrDefault("DisplayText"),
            ["Sorts"] = Sorts.Select(o => new Dictionary<string, object?> { ["Value"] = o.Value, ["Name"] = o.Name, ["Selected"] = o.Value == sort }).ToList(),
        };
        return await pages.TemplateAsync(http, "Materials", model, new PageMeta("Materiały samokształceniowe")
        {
            Feeds = new Dictionary<string, string> { ["Nowe materiały (RSS)"] = "/materialy/rss" },
        });
    }

    /// <summary>The library as it opens (newest first, perhaps one area): one page read and counted in the database.</summary>
    private static async Task<(IReadOnlyList<ContentItem>, Pager)> NewestAsync(HttpContext http, ContentQuery query, string? areaId, int pageSize)
    {
        var requested = Pager.From(http, pageSize, 0);
        var (items, total) = await query.PageOfTypeAsync(ContentTypes.Material, areaId, (requested.Page - 1) * pageSize, pageSize);
        return (items, requested with { Total = total });
    }

    /// <summary>
    /// Filtered by form or sorted by title (Polish order), usefulness or downloads: over the materials in memory,
    /// since a text field has no index yet; the library is a few percent of a site.
    /// </summary>
    private static async Task<(IReadOnlyList<ContentItem>, Pager)> FilteredAsync(
        HttpContext http, ContentLists lists, string? areaId, string format, string sort, int pageSize, Counters counters, UserContentLinks links)
    {
        IEnumerable<ContentItem> items = await lists.NewestAsync(ContentTypes.Material);
        if (areaId is not null)
        {
            items = items.Where(m => MaterialPart.Of(m).AreaIds.Contains(areaId));
        }

        if (format.Length > 0)
        {
            items = items.Where(m => MaterialPart.Of(m).Format == format);
        }

        var all = items.ToList();
        var ids = all.Select(m => m.ContentItemId).ToList();
        all = sort switch
        {
            "tytul" => all.OrderBy(m => m.DisplayText, StringComparer.Create(PolishFormat.Culture, ignoreCase: true)).ToList(),
            "przydatne" => ByCount(all, await links.CountsAsync(MaterialSharingEndpoints.UsefulLink, ids)),
            "pobrania" => ByCount(all, (await counters.GetAllAsync(ids.Select(DownloadCounter).ToList())).ToDictionary(c => c.Key[DownloadPrefix.Length..], c => (int)c.Value)),
            _ => all,
        };
        var pager = Pager.From(http, pageSize, all.Count);
        return (pager.Slice(all).ToList(), pager);
    }

    /// <summary>The material's file, under its own name (Polish letters kept) and with its real content type.</summary>
    public static async Task<IResult> DownloadAsync(string slug, HttpContext http, SitePages pages, ContentQuery query, MediaStore media, Counters counters)
    {
        var material = await query.ByPathAsync("materialy/" + slug);
        var path = material is null ? null : MaterialPart.Of(material).FilePath;
        if (material?.ContentType != ContentTypes.Material || path is null || await media.FindAsync(path) is not { } file)
        {
            return await pages.NotFoundAsync(http);
        }

        await counters.IncrementAsync(DownloadCounter(material.ContentItemId));
        return Results.Stream(await media.OpenReadAsync(file), MediaContentTypes.Of(file.Name), file.Name, file.ModifiedUtc);
    }

    public static string DownloadCounter(string contentItemId) => DownloadPrefix + contentItemId;

    private const string DownloadPrefix = "downloads:";

    /// <summary>Most first; equal counts keep the newest first.</summary>
    private static List<ContentItem> ByCount(List<ContentItem> newestFirst, Dictionary<string, int> counts) =>
        newestFirst.OrderByDescending(m => counts.GetValueOrDefault(m.ContentItemId)).ToList();
}
