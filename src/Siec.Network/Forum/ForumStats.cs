using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;

namespace Siec.Network.Forum;

/// <summary>
/// Counts and last activity of topics and categories, from the index in a few aggregate queries (right under
/// concurrent posting, and without loading the topics or replies themselves).
/// </summary>
public sealed class ForumStats(ContentQuery query, CmsDbContext db)
{
    /// <summary>Each topic's published replies and last activity (its newest reply, or its own publication).</summary>
    public async Task<Dictionary<string, (int Replies, DateTime? LastActivity)>> OfTopicsAsync(IReadOnlyCollection<ContentItem> topics)
    {
        var replies = await query.ListStatsAsync(topics.Select(t => t.ContentItemId).ToList());
        return topics.ToDictionary(t => t.ContentItemId, t => replies.TryGetValue(t.ContentItemId, out var r)
            ? (r.Count, r.Last > t.PublishedUtc ? r.Last : t.PublishedUtc)
            : (0, t.PublishedUtc));
    }

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
