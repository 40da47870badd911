using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Parts;
using Siec.Network.Common;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Blog;

/// <summary>A blog's page lists its posts, newest first, page by page; a post's page links its neighbours and areas.</summary>
public sealed class BlogItemPage(ContentQuery query, ThematicAreas areas) : IItemPageContributor
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.Blog, ContentTypes.BlogPost];

    public async Task<IResult?> ContributeAsync(ItemPageContext context)
    {
        if (context.Item.ContentType == ContentTypes.Blog)
        {
            ContentLists.AddPaged(context, "Posts", (await query.ContainedAsync(context.Item.ContentItemId)).OrderByDescending(p => p.PublishedUtc));
            return null;
        }

        context.OpenGraphType = "article";
        await AddNeighboursAsync(context.Item, context.Model);
        context.Model["Areas"] = await areas.OfAsync(context.Item, ContentTypes.BlogPost);
        return null;
    }

    private async Task AddNeighboursAsync(ContentItem post, Dictionary<string, object?> model)
    {
        var blogId = post.ContainerId;
        var posts = blogId is null ? [] : (await query.ContainedAsync(blogId)).OrderBy(p => p.PublishedUtc).ToList();
        var index = posts.FindIndex(p => p.ContentItemId == post.ContentItemId);
        model["Previous"] = index > 0 ? LiquidModel.From(posts[index - 1]) : null;
        model["Next"] = index >= 0 && index < posts.Count - 1 ? LiquidModel.From(posts[index + 1]) : null;
    }
}
