using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Forum;

/// <summary>
/// The forum's pages: categories and topics with counts and last activity taken from the index (right under
/// concurrent posting), and for a signed-in member unread markers, forms and, for moderators, hidden posts. Categories,
/// topics and the blog get the follow button (<see cref="FollowButton"/>).
/// </summary>
public sealed class ForumItemPage(ContentQuery query, ListQuery lists, ForumStats forumStats, ThematicAreas areas, ForumMemberTools tools)
    : IItemPageContributor
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.Forum, ContentTypes.ForumCategory, ContentTypes.ForumTopic, ContentTypes.Blog];

    public async Task<IResult?> ContributeAsync(ItemPageContext context)
    {
        if (context.Item.ContentType is not ContentTypes.Forum)
        {
            // On the blog's page the button is all it shows of the member, so members share that page.
            context.Model["FollowButton"] = await FollowButton.ForAsync(context.Http, context.Item.ContentItemId);
        }

        switch (context.Item.ContentType)
        {
            case ContentTypes.Forum:
                await AddForumAsync(context.Http, context.Item, context.Model);
                break;
            case ContentTypes.ForumCategory:
                await AddCategoryAsync(context.Http, context.Item, context.Model, context.PageSize);
                break;
            case ContentTypes.ForumTopic:
                return await AddTopicAsync(context.Http, context.Item, context.Model, context.PageSize);
        }

        return null;
    }

    private async Task AddForumAsync(HttpContext http, ContentItem forum, Dictionary<string, object?> extra)
    {
        var categories = await query.ContainedAsync(forum.ContentItemId);
        var stats = await forumStats.OfCategoriesAsync(categories.Select(c => c.ContentItemId).ToList(), http.User.FindFirstValue(ClaimTypes.NameIdentifier));
        extra["Categories"] = categories.Select(category =>
        {
            var model = LiquidModel.From(category);
            var (topics, lastActivity, unread) = stats[category.ContentItemId];
            model["TopicCount"] = topics;
            model["LastActivityUtc"] = ContentItemJson.FormatDate(lastActivity);
            model["Unread"] = unread;
            return model;
        }).ToList();
        await AddMemberAsync(http, forum, extra);
    }

    private async Task AddCategoryAsync(HttpContext http, ContentItem category, Dictionary<string, object?> extra, int pageSize)
    {
        var requested = Pager.From(http, pageSize, 0);
        var (topics, total) = await forumStats.TopicsAsync(category.ContentItemId, (requested.Page - 1) * pageSize, pageSize);
        var unread = await UnreadAsync(http, topics.ToDictionary(t => t.Topic.ContentItemId, t => (t.Replies, t.LastActivity)));
        var pager = requested with { Total = total };
        extra["Topics"] = topics.Select(t =>
        {
            var model = LiquidModel.From(t.Topic);
            model["ReplyCount"] = t.Replies;
            model["LastActivityUtc"] = ContentItemJson.FormatDate(t.LastActivity);
            model["Unread"] = unread.Contains(t.Topic.ContentItemId);
            return model;
        }).ToList();
        extra["Pager"] = pager.ToModel(http);
        extra["Areas"] = await areas.OfAsync(category, ContentTypes.ForumCategory);
        await AddMemberAsync(http, category, extra);
    }

    /// <returns>A redirect to the page holding the first unread reply, when the reader asked for it (<c>?nowe=1</c>).</returns>
    private async Task<IResult?> AddTopicAsync(HttpContext http, ContentItem topic, Dictionary<string, object?> extra, int pageSize)
    {
        var member = await AddMemberAsync(http, topic, extra);
        // Moderators see hidden replies too (the latest version of each); readers the published ones.
        var versions = member?["IsModerator"] is true ? VersionOptions.Latest : VersionOptions.Published;
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var readBefore = userId is null ? null : await tools.LastReadAsync(userId, topic.ContentItemId);
        var firstUnread = userId is null ? -1 : await lists.FirstCreatedAfterAsync(topic.ContentItemId, readBefore, versions);
        if (http.Request.Query.ContainsKey("nowe") && firstUnread >= 0)
        {
            var (unread, _) = await lists.PageAsync(topic.ContentItemId, ListOrder.OldestCreated, firstUnread, 1, versions);
            return Results.Redirect($"{topic.Url}?strona={firstUnread / pageSize + 1}#odpowiedz-{unread[0].ContentItemId}");
        }

        if (userId is not null)
        {
            await tools.MarkReadAsync(userId, topic.ContentItemId, readBefore);
        }

        var requested = Pager.From(http, pageSize, 0);
        var offset = (requested.Page - 1) * pageSize;
        var (replies, total) = await lists.PageAsync(topic.ContentItemId, ListOrder.OldestCreated, offset, pageSize, versions);
        var pager = requested with { Total = total };
        extra["Replies"] = replies.Select((reply, i) =>
        {
            var model = LiquidModel.From(reply);
            model["Unread"] = firstUnread >= 0 && offset + i >= firstUnread && reply.Published;
            model["Hidden"] = !reply.Published;
            model["MayEdit"] = userId is not null && tools.MayEdit(http.User, reply);
            return model;
        }).ToList();
        extra["Pager"] = pager.ToModel(http);
        extra["MayEditTopic"] = userId is not null && tools.MayEdit(http.User, topic);
        extra["Category"] = topic.ContainerId is { } categoryId && await query.GetAsync(categoryId) is { } category ? LiquidModel.From(category) : null;
        return null;
    }

    /// <summary>A signed-in reader's forms, markers and tools (their tokens keep the page out of the shared cache).</summary>
    private async Task<Dictionary<string, object?>?> AddMemberAsync(HttpContext http, ContentItem item, Dictionary<string, object?> extra)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var member = await tools.ModelAsync(http, item);
        extra["Member"] = member;
        return member;
    }

    private async Task<HashSet<string>> UnreadAsync(HttpContext http, Dictionary<string, (int Replies, DateTime? LastActivity)> stats) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? await tools.UnreadAsync(userId, stats.ToDictionary(s => s.Key, s => s.Value.LastActivity))
            : [];
}
