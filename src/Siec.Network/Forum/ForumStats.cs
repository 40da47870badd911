using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>
/// Counts and last activity of topics and categories, from the index in a few aggregate queries (right under
/// concurrent posting, and without loading the topics or replies themselves).
/// </summary>
public sealed class ForumStats(ContentQuery query, CmsDbContext db)
{
    private const string PinnedJson = "\"Pinned\":{\"Value\":true}";

    /// <summary>
    /// For each category: how many published topics, when anything in it last happened, and whether the user has a
    /// topic in it with activity after they last read it (never, without a user).
    /// </summary>
    public async Task<Dictionary<string, (int Topics, DateTime? LastActivity, bool Unread)>> OfCategoriesAsync(IReadOnlyCollection<string> categoryIds, string? userId)
    {
        var topics = await query.ListStatsAsync(categoryIds);
        var lastReplies = await (
                from reply in db.ContainedIndex
                where reply.Published
                join topic in db.ContainedIndex on reply.ListContentItemId equals topic.ContentItemId
                where topic.Published && categoryIds.Contains(topic.ListContentItemId)
                join record in db.ContentItems on reply.DocumentId equals record.Id
                group record.PublishedUtc by topic.ListContentItemId into g
                select new { Category = g.Key, Last = g.Max() })
            .ToDictionaryAsync(x => x.Category, x => x.Last);
        var unread = userId is null ? [] : (await UnreadCategoriesAsync(categoryIds, userId)).ToHashSet();
        return categoryIds.ToDictionary(id => id, id =>
        {
            var (count, lastTopic) = topics.TryGetValue(id, out var t) ? t : (0, null);
            var lastReply = lastReplies.GetValueOrDefault(id);
            return (count, lastReply > lastTopic || lastTopic is null ? lastReply : lastTopic, unread.Contains(id));
        });
    }

    /// <summary>
    /// One page of a category's topics, pinned first, then by last activity, with each topic's reply count and last
    /// activity; and how many topics there are. Sorted and counted in the database, so only the page is read.
    /// </summary>
    public async Task<(IReadOnlyList<(ContentItem Topic, int Replies, DateTime? LastActivity)> Page, int Total)> TopicsAsync(string? categoryId, int skip, int take)
    {
        var topics = (
                from entry in db.ContainedIndex
                where entry.Published && entry.ContentType == ContentTypes.ForumTopic && (categoryId == null || entry.ListContentItemId == categoryId)
                join topic in db.ContentItems on entry.DocumentId equals topic.Id
                select new
                {
                    Topic = topic,
                    // A pinned topic's part as every save writes it (compact JSON): pinning needs no index of its own.
                    Pinned = categoryId != null && topic.Content.Contains(PinnedJson),
                    Replies = db.ContainedIndex.Count(reply => reply.Published && reply.ListContentItemId == topic.ContentItemId),
                    LastReply = (from reply in db.ContainedIndex
                                 where reply.Published && reply.ListContentItemId == topic.ContentItemId
                                 join record in db.ContentItems on reply.DocumentId equals record.Id
                                 select record.PublishedUtc).Max(),
                })
            .Select(t => new { t.Topic, t.Pinned, t.Replies, LastActivity = t.LastReply > t.Topic.PublishedUtc ? t.LastReply : t.Topic.PublishedUtc });
        var total = await topics.CountAsync();
        var page = await topics.OrderByDescending(t => t.Pinned).ThenByDescending(t => t.LastActivity).ThenBy(t => t.Topic.Id)
            .Skip(skip).Take(take).ToListAsync();
        return (page.Select(t => (ContentRecords.ToItem(t.Topic), t.Replies, t.LastActivity)).ToList(), total);
    }

    private Task<List<string>> UnreadCategoriesAsync(IReadOnlyCollection<string> categoryIds, string userId) => (
            from topic in db.ContainedIndex
            where topic.Published && categoryIds.Contains(topic.ListContentItemId)
            join record in db.ContentItems on topic.DocumentId equals record.Id
            let read = db.UserContentLinks.Where(l => l.Kind == ForumLinks.Read && l.UserId == userId && l.ContentItemId == topic.ContentItemId)
                .Select(l => (DateTime?)l.Utc).FirstOrDefault()
            let lastReply = (from reply in db.ContainedIndex
                             where reply.Published && reply.ListContentItemId == topic.ContentItemId
                             join replyRecord in db.ContentItems on reply.DocumentId equals replyRecord.Id
                             select replyRecord.PublishedUtc).Max()
            where read == null || record.PublishedUtc > read || lastReply > read
            select topic.ListContentItemId)
        .Distinct().ToListAsync();
}
