using Siec.Cms.Core.ContentManagement;

namespace Siec.Network.Forum;

/// <summary>
/// Each topic's published replies and last activity (its newest reply, or its own publication), from the index in
/// one query, so both are right under concurrent posting.
/// </summary>
public sealed class ForumStats(ContentQuery query)
{
    public async Task<Dictionary<string, (int Replies, DateTime? LastActivity)>> OfTopicsAsync(IReadOnlyCollection<ContentItem> topics)
    {
        var replies = await query.ListStatsAsync(topics.Select(t => t.ContentItemId).ToList());
        return topics.ToDictionary(t => t.ContentItemId, t => replies.TryGetValue(t.ContentItemId, out var r)
            ? (r.Count, r.Last > t.PublishedUtc ? r.Last : t.PublishedUtc)
            : (0, t.PublishedUtc));
    }
}
