using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Taxonomies;
using Siec.Network.Workshops;

namespace Siec.Network.Site;

/// <summary>The published lists the reader pages show, each in the order readers expect.</summary>
public sealed class ContentLists(ContentQuery query, ThematicAreas areas, IClock clock)
{
    public async Task<IReadOnlyList<ContentItem>> NewestAsync(string contentType) =>
        (await query.ByTypeAsync(contentType)).OrderByDescending(i => i.PublishedUtc).ToList();

    public async Task<(IReadOnlyList<ContentItem> Upcoming, IReadOnlyList<ContentItem> Past)> WorkshopsAsync()
    {
        var all = await query.ByTypeAsync("Workshop");
        var now = clock.UtcNow;
        var upcoming = all.Where(w => WorkshopSchedule.IsUpcoming(w, now)).OrderBy(w => WorkshopSchedule.Date(w.Part("Workshop")?["Start"])).ToList();
        var past = all.Except(upcoming).OrderByDescending(w => WorkshopSchedule.Date(w.Part("Workshop")?["Start"])).ToList();
        return (upcoming, past);
    }

    /// <summary>
    /// Each topic's published replies and last activity (its newest reply, or its own publication), from the index in
    /// one query, so both are right under concurrent posting.
    /// </summary>
    public async Task<Dictionary<string, (int Replies, DateTime? LastActivity)>> TopicStatsAsync(IReadOnlyCollection<ContentItem> topics)
    {
        var replies = await query.ListStatsAsync(topics.Select(t => t.ContentItemId).ToList());
        return topics.ToDictionary(t => t.ContentItemId, t => replies.TryGetValue(t.ContentItemId, out var r)
            ? (r.Count, r.Last > t.PublishedUtc ? r.Last : t.PublishedUtc)
            : (0, t.PublishedUtc));
    }

    /// <summary>The area terms an item's ThematicAreas field names, as templates read them.</summary>
    public async Task<List<Dictionary<string, object?>>> AreasOfAsync(ContentItem item, string part)
    {
        var ids = item.Part(part)?["ThematicAreas"]?["TermContentItemIds"]?.AsArray().Select(i => i?.GetValue<string>()).ToHashSet() ?? [];
        return (await areas.LoadAsync()).Where(t => ids.Contains(ThematicAreas.Id(t))).ToList();
    }

    public static List<Dictionary<string, object?>> Model(IEnumerable<ContentItem> items) => items.Select(LiquidModel.From).ToList();
}
