using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Data;
using Siec.Network.Common;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Materials;

/// <summary>A material's page shows its areas and how often it was downloaded.</summary>
public sealed class MaterialItemPage(ThematicAreas areas, Counters counters) : IItemPageContributor, ISitemapSource
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.Material];

    public async Task<IResult?> ContributeAsync(ItemPageContext context)
    {
        context.Model["Areas"] = await areas.OfAsync(context.Item, ContentTypes.Material);
        context.Model["Downloads"] = await counters.GetAsync(MaterialsPage.DownloadCounter(context.Item.ContentItemId));
        return null;
    }

    public Task<IEnumerable<string>> PathsAsync() => Task.FromResult<IEnumerable<string>>(["materialy"]);
}
