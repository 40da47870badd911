using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Network.Common;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Workshops;

/// <summary>A workshop's page: its areas, its materials and the sign-up box.</summary>
public sealed class WorkshopItemPage(ThematicAreas areas, ContentQuery query, WorkshopSignup signup) : IItemPageContributor, ISitemapSource
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.Workshop];

    public async Task<IResult?> ContributeAsync(ItemPageContext context)
    {
        context.Model["Areas"] = await areas.OfAsync(context.Item, ContentTypes.Workshop);
        context.Model["Materials"] = ContentLists.Model(await RelatedAsync(context.Item));
        await signup.AddRegistrationAsync(context.Http, context.Item, context.Model);
        return null;
    }

    public Task<IEnumerable<string>> PathsAsync() => Task.FromResult<IEnumerable<string>>(["warsztaty"]);

    private async Task<List<ContentItem>> RelatedAsync(ContentItem workshop)
    {
        var ids = workshop.Part(ContentTypes.Workshop)?["RelatedMaterials"]?["ContentItemIds"]?.AsArray().Select(i => i!.GetValue<string>()) ?? [];
        var related = new List<ContentItem>();
        foreach (var id in ids)
        {
            if (await query.GetAsync(id) is { } material)
            {
                related.Add(material);
            }
        }

        return related;
    }
}
