using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Blog;

/// <summary>A blog's page lists its posts, newest first, page by page; a post's page links its neighbours and areas.</summary>
public sealed class BlogItemPage(ListQuery lists, ThematicAreas areas) : IItemPageContributor
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.Blog, ContentTypes.BlogPost];

    public async Task<IResult?> ContributeAsync(ItemPageContext context)
    {
        if (context.Item.ContentType == ContentTypes.Blog)
        {
            var pager = Pager.From(context.Http, context.PageSize, 0);
            var (posts, total) = await lists.PageAsync(context.Item.ContentItemId, ListOrder.NewestPublished, (pager.Page - 1) * pager.PageSize, pager.PageSize);
            context.Model["Posts"] = ContentLists.Model(posts);
            context.Model["Pager"] = (pager with { Total = total }).ToModel(context.Http);
            return null;
        }

        context.OpenGraphType = "article";
        await AddNeighboursAsync(context.Item, context.Model);
        context.Model["Areas"] = await areas.OfAsync(context.Item, ContentTypes.BlogPost);
        return null;
    }

    private async Task AddNeighboursAsync(ContentItem post, Dictionary<string, object?> model)
    {
        var (previous, next) = post.ContainerId is { } blogId ? await lists.NeighboursAsync(blogId, post) : (null, null);
        model["Previous"] = previous is null ? null : LiquidModel.From(previous);
        model["Next"] = next is null ? null : LiquidModel.From(next);
    }
}
