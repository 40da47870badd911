using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Common;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Forum;

/// <summary>
/// The forum's pages: categories and topics with counts and last activity taken from the index (right under
/// concurrent posting), for a signed-in member with forms and, for moderators, hidden posts. What is one member's own
/// (unread markers, read marks, editing their own post, the follow button) goes in as holes (<see cref="UnreadMarkers"/>,
/// <see cref="PostEditTools"/>, <see cref="FollowButton"/>), so members of the same roles share the rest of the page.
/// </summary>
public sealed class ForumItemPage(ContentQuery query, ListQuery lists, ForumStats forumStats, ThematicAreas areas, ForumMemberTools tools, UnreadMarkers unread, FollowButton follow)
    : IItemPageContributor
{
    public IReadOnlyCollection<string> Types { get; } = [ContentTypes.Forum, ContentTypes.ForumCategory, ContentTypes.ForumTopic, ContentTypes.Blog];

    public async Task<IResult?> ContributeAsync(ItemPageContext context)
    {
        if (context.Item.ContentType is not ContentTypes.Forum)
        {
            context.Model["FollowButton"] = await follow.ForAsync(context.Http, context.Item.ContentItemId);
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
        var stats = await forumStats.OfCategoriesAsync(categories.Select(c => c.ContentItemId).ToList());
        var models = new List<Dictionary<string, object?>>(categories.Count);
        foreach (var category in categories)
        {
            var model = LiquidModel.From(category);
            var (topics, lastActivity) = stats[category.ContentItemId];
            model["TopicCount"] = topics;
            model["LastActivityUtc"] = ContentItemJson.FormatDate(lastActivity);
            model["UnreadBadge"] = await unread.ForAsync(http, UnreadMarkers.Forms.Category, category.ContentItemId);
            models.Add(model);
        }

        extra["Categories"] = models;
        await AddMemberAsync(http, forum, extra);
    }

    private async Task AddCategoryAsync(HttpContext http, ContentItem category, Dictionary<string, object?> extra, int pageSize)
    {
        var requested = Pager.From(http, pageSize, 0);
        var (topics, total) = await forumStats.TopicsAsync(category.ContentItemId, (requested.Page - 1) * pageSize, pageSize);
        var models = new List<Dictionary<string, object?>>(topics.Count);
        foreach (var (topic, replies, lastActivity) in topics)
        {
            var model = LiquidModel.From(topic);
            model["ReplyCount"] = replies;
            model["LastActivityUtc"] = ContentItemJson.FormatDate(lastActivity);
            model["UnreadClass"] = await unread.ForAsync(http, UnreadMarkers.Forms.Class, topic.ContentItemId, lastActivity);
            model["UnreadBadge"] = await unread.ForAsync(http, UnreadMarkers.Forms.Topic, topic.ContentItemId, lastActivity);
            model["UnreadLink"] = await unread.ForAsync(http, UnreadMarkers.Forms.Link, topic.ContentItemId, lastActivity);
            models.Add(model);
        }

        extra["Topics"] = models;
        extra["Pager"] = (requested with { Total = total }).ToModel(http);
        extra["Areas"] = await areas.OfAsync(category, ContentTypes.ForumCategory);
        await AddMemberAsync(http, category, extra);
    }

    /// <returns>A redirect to the page holding the first unread reply, when the reader asked for it (<c>?nowe=1</c>).</returns>
    private async Task<IResult?> AddTopicAsync(HttpContext http, ContentItem topic, Dictionary<string, object?> extra, int pageSize)
    {
        var member = await AddMemberAsync(http, topic, extra);
        // Moderators see hidden replies too (the latest version of each); readers the published ones.
        var versions = member?["IsModerator"] is true ? VersionOptions.Latest : VersionOptions.Published;
        if (http.Request.Query.ContainsKey("nowe") && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            // Where this member's first unread reply is: a page for them alone.
            http.ShowsPersonalData();
            var firstUnread = await lists.FirstCreatedAfterAsync(topic.ContentItemId, await unread.LastReadAsync(userId, topic.ContentItemId), versions);
            if (firstUnread >= 0)
            {
                var (first, _) = await lists.PageAsync(topic.ContentItemId, ListOrder.OldestCreated, firstUnread, 1, versions);
                return Results.Redirect($"{topic.Url}?strona={firstUnread / pageSize + 1}#odpowiedz-{first[0].ContentItemId}");
            }
        }

        var requested = Pager.From(http, pageSize, 0);
        var (replies, total) = await lists.PageAsync(topic.ContentItemId, ListOrder.OldestCreated, (requested.Page - 1) * pageSize, pageSize, versions);
        var models = new List<Dictionary<string, object?>>(replies.Count);
        foreach (var reply in replies)
        {
            var model = LiquidModel.From(reply);
            model["Hidden"] = !reply.Published;
            if (reply.Published)
            {
                model["UnreadClass"] = await unread.ForAsync(http, UnreadMarkers.Forms.Class, topic.ContentItemId, reply.CreatedUtc);
                model["UnreadBadge"] = await unread.ForAsync(http, UnreadMarkers.Forms.Reply, topic.ContentItemId, reply.CreatedUtc);
            }

            model["Edit"] = await PostEditTools.ForAsync(http, reply);
            models.Add(model);
        }

        extra["Replies"] = models;
        extra["Pager"] = (requested with { Total = total }).ToModel(http);
        extra["EditTopic"] = await PostEditTools.ForAsync(http, topic);
        extra["Category"] = topic.ContainerId is { } categoryId && await query.GetAsync(categoryId) is { } category ? LiquidModel.From(category) : null;
        if (http.User.Identity?.IsAuthenticated == true)
        {
            // After the markers: they show what was new before this visit.
            await unread.MarkReadAsync(http, topic.ContentItemId, await forumStats.ActivityAsync(topic.ContentItemId));
        }
        return null;
    }

    /// <summary>A signed-in reader's forms and tools.</summary>
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
}
