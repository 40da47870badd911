using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Indexing;

/// <summary>
/// Keeps each list's count and latest activity (<see cref="ListIndexRecord"/>) and each contained list's activity on
/// its own index rows, up the chain of lists (a reply's topic, the topic's category, the category's forum), when
/// items change: pages then read them instead of counting or aggregating whole lists. Each step reads only the
/// index rows of the lists that changed.
/// </summary>
public sealed class ListIndexer(CmsDbContext db) : ICommittingWork
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <summary>Lists deeper than this are not a real site's (a loop in a broken recipe must not spin forever).</summary>
    private const int MaxDepth = 16;

    /// <summary>
    /// An item's index rows were rewritten: they take the activity inside it again (it may be a list itself), and the
    /// lists that hold or held it (<paramref name="lists"/>) are recounted just before the commit, then their lists,
    /// up to the top. Just before, because a recount holds its lists until the commit: every reply on the forum
    /// passes through the forum's own count, so that wait must be as short as the commit.
    /// </summary>
    public async Task ItemReindexedAsync(string contentItemId, IEnumerable<string> lists)
    {
        await RefreshActivityAsync([contentItemId]);
        RollUpBeforeCommit(lists);
    }

    /// <summary>
    /// Puts recounting the lists off until the transaction commits, once each: an import of a whole network recounts
    /// each list once, not once a batch (categories and the forum would be recounted hundreds of times).
    /// </summary>
    public void RollUpBeforeCommit(IEnumerable<string> listContentItemIds) => _pending.UnionWith(listContentItemIds);

    public async Task CommittingAsync()
    {
        if (_pending.Count > 0)
        {
            var lists = _pending.ToList();
            _pending.Clear();
            await RollUpListsAsync(lists);
        }
    }

    private async Task RollUpListsAsync(List<string> changed)
    {
        for (var depth = 0; changed.Count > 0 && depth < MaxDepth; depth++)
        {
            await RecountAsync(changed);
            await RefreshActivityAsync(changed);
            changed = await db.ContainedIndex.Where(c => changed.Contains(c.ContentItemId)).Select(c => c.ListContentItemId).Distinct().ToListAsync();
        }
    }

    /// <summary>
    /// The index rows of the items take the count of the list each is, and the later of their publication and the
    /// latest activity inside them.
    /// </summary>
    private Task RefreshActivityAsync(IReadOnlyCollection<string> contentItemIds) =>
        db.ContainedIndex.Where(c => contentItemIds.Contains(c.ContentItemId))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ActivityUtc, c =>
                    db.ListIndex.Where(l => l.ListContentItemId == c.ContentItemId && (c.PublishedUtc == null || l.LastActivityUtc > c.PublishedUtc))
                        .Select(l => l.LastActivityUtc).FirstOrDefault() ?? c.PublishedUtc)
                .SetProperty(c => c.ChildCount, c =>
                    db.ListIndex.Where(l => l.ListContentItemId == c.ContentItemId).Select(l => (int?)l.PublishedCount).FirstOrDefault() ?? 0));

    private async Task RecountAsync(IReadOnlyCollection<string> listIds)
    {
        // Two replies in one topic at once: the second recount waits for the first to commit and then counts both.
        await db.LockUntilCommitAsync("list-index", listIds);
        var counts = await db.ContainedIndex.Where(c => listIds.Contains(c.ListContentItemId) && c.Published)
            .GroupBy(c => c.ListContentItemId)
            .Select(g => new ListIndexRecord { ListContentItemId = g.Key, PublishedCount = g.Count(), LastActivityUtc = g.Max(c => c.ActivityUtc) })
            .ToListAsync();
        await db.ListIndex.Where(l => listIds.Contains(l.ListContentItemId)).ExecuteDeleteAsync();
        await db.InsertAllAsync(counts);
    }
}
