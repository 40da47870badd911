using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;

namespace Siec.Network.Site;

/// <summary>The published lists the reader pages show, newest first, and the models templates read of them.</summary>
public sealed class ContentLists(ContentQuery query)
{
    public async Task<IReadOnlyList<ContentItem>> NewestAsync(string contentType) =>
        (await query.ByTypeAsync(contentType)).OrderByDescending(i => i.PublishedUtc).ToList();

    public static List<Dictionary<string, object?>> Model(IEnumerable<ContentItem> items) => items.Select(LiquidModel.From).ToList();
}
