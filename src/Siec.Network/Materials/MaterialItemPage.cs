using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;
using Siec.Network.Members;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Materials;

/// <summary>
/// A material's page shows its areas, how often it was downloaded and found useful, and its author's profile when the
/// author is listed among members; a signed-in member can mark it "Przydatne", its author can correct or withdraw it
/// (<see cref="MaterialTools"/>).
/// </summary>
public sealed class MaterialItemPage(ThematicAreas areas, Counters counters, UserContentLinks links, ContentQuery query, MaterialTools tools)
    : IItemPageContributor, ISitemapSource
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.Material];

    public async Task<IResult?> ContributeAsync(ItemPageContext context)
    {
        var item = context.Item;
        context.Model["Areas"] = await areas.OfAsync(item, ContentTypes.Material);
        context.Model["Downloads"] = await counters.GetAsync(MaterialsPage.DownloadCounter(item.ContentItemId));
        context.Model["Useful"] = (await links.CountsAsync(MaterialSharingEndpoints.UsefulLink, [item.ContentItemId])).GetValueOrDefault(item.ContentItemId);
        if (item.Owner is { } owner && await query.OwnedAsync(ContentTypes.MemberProfile, owner) is { Published: true } profile && MembersPage.IsListed(profile))
        {
            context.Model["AuthorProfile"] = profile.Url;
            // The link goes when the author leaves the directory: the profile's changes evict this page too.
            context.Http.ShowsSections([SiteSections.Members]);
        }

        context.Model["MemberTools"] = await tools.ForAsync(context.Http, item);
        return null;
    }

    public Task<IEnumerable<string>> PathsAsync() => Task.FromResult<IEnumerable<string>>(["materialy"]);
}
