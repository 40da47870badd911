using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>
/// Counts and last activity of topics and categories, read from the list index the engine keeps when content changes
/// (a topic's replies, a category's topics and the latest activity in each), so no page counts or aggregates a whole
/// list; sorted and paged in the database on the list's own index.
/// </summary>
public sealed class ForumStats(ContentQuery query, CmsDbContext db)
{
    /// <summary>For each category: how many published topics, and when anything in it last happened.</summary>
    public async Task<Dictionary<string, (int Topics, DateTime? LastActivity)>> OfCategoriesAsync(IReadOnlyCollection<string> categoryIds)
    {
        var stats = await query.ListStatsAsync(categoryIds);
        return categoryIds.ToDictionary(id => id, id => stats.TryGetValue(id, out var s) ? s : (0, null));
    }

    /// <summary>
    /// One page of a category's topics, pinned first (a pinned topic's list order is <see cref="PinnedOrder"/>), then
    /// by last activity, with each topic's reply count and last activity; and how many topics there are.
    /// </summary>
    public async Task<(IReadOnlyList<(ContentItem Topic, int Replies, DateTime? LastActivity)> Page, int Total)> TopicsAsync(string categoryId, int skip, int take)
    {
        var entries = db.ContainedIndex.AsNoTracking().Where(c => c.ListContentItemId == categoryId && c.Published);
        var page = await entries.OrderBy(c => c.Order).ThenByDescending(c => c.ActivityUtc).ThenBy(c => c.DocumentId).Skip(skip).Take(take)
            .Select(c => new Entry(c.DocumentId, c.ChildCount, c.ActivityUtc)).ToListAsync();
        var total = (await query.ListStatsAsync([categoryId])).TryGetValue(categoryId, out var stats) ? stats.Count : 0;
        return (await WithRepliesAsync(page), total);
    }

    /// <summary>The <paramref name="take"/> topics of the whole forum with the latest activity (the home page).</summary>
    public async Task<IReadOnlyList<(ContentItem Topic, int Replies, DateTime? LastActivity)>> LatestTopicsAsync(int take)
    {
        var page = await db.ContainedIndex.AsNoTracking().Where(c => c.ContentType == ContentTypes.ForumTopic && c.Published)
            .OrderByDescending(c => c.ActivityUtc).ThenByDescending(c => c.Id).Take(take)
            .Select(c => new Entry(c.DocumentId, c.ChildCount, c.ActivityUtc)).ToListAsync();
        return await WithRepliesAsync(page);
    }

    /// <summary>
    /// When anything last happened in the published topic (its list index row, as the unread markers read it); null
    /// when it has no published row.
    /// </summary>
    public Task<DateTime?> ActivityAsync(string topicId) =>
        db.ContainedIndex.Where(c => c.ContentItemId == topicId && c.Published).Select(c => c.ActivityUtc).FirstOrDefaultAsync();

    /// <summary>The list order that puts a pinned topic before the others of its category.</summary>
    public const int PinnedOrder = -1;

    private async Task<IReadOnlyList<(ContentItem Topic, int Replies, DateTime? LastActivity)>> WithRepliesAsync(List<Entry> page)
    {
        var documentIds = page.Select(e => e.DocumentId).ToList();
        var records = await db.ContentItems.AsNoTracking().Where(r => documentIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        return page.Where(e => records.ContainsKey(e.DocumentId))
            .Select(e => (ContentRecords.ToItem(records[e.DocumentId]), e.Replies, e.ActivityUtc))
            .ToList();
    }

    /// <summary>
    /// The categories with a topic the user never opened or that changed since they did: one statement, which stops
    /// at the first such topic of each category.
    /// </summary>
    public async Task<HashSet<string>> UnreadCategoriesAsync(IReadOnlyCollection<string> categoryIds, string userId) =>
        (await db.ContainedIndex.Where(category => categoryIds.Contains(category.ContentItemId) && category.Published
            && db.ContainedIndex.Any(topic => topic.ListContentItemId == category.ContentItemId && topic.Published
                && !db.UserContentLinks.Any(l => l.Kind == ForumLinks.Read && l.UserId == userId && l.ContentItemId == topic.ContentItemId && l.Utc >= topic.ActivityUtc)))
            .Select(category => category.ContentItemId).ToListAsync()).ToHashSet();

    private sealed record Entry(long DocumentId, int Replies, DateTime? ActivityUtc);
}
