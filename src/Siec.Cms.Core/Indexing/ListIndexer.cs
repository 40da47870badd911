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

    private const int ListsPerStatement = 1000;

    /// <summary>
    /// An item's index rows were rewritten: they take the activity inside it again (it may be a list itself), and the
    /// lists that hold or held it (<paramref name="lists"/>) are recounted just before the commit, then their lists,
    /// up to the top. Just before, because a recount holds its lists until the commit: every reply on the forum
    /// passes through the forum's own count, so that wait must be as short as the commit.
    /// </summary>
    public async Task ItemReindexedAsync(string contentItemId, IEnumerable<string> lists)
    {
        var batch = new SqlBatch();
        RefreshActivity(batch, db.IdsArgument([contentItemId]));
        await batch.ExecuteAsync(db);
        RollUpBeforeCommit(lists);
    }

    /// <summary>
    /// Puts recounting the lists off until the transaction commits, once each: an import of a whole network recounts
    /// each list once, not once a batch (categories and the forum would be recounted hundreds of times).
    /// </summary>
    public void RollUpBeforeCommit(IEnumerable<string> listContentItemIds) => _pending.UnionWith(listContentItemIds);

    public async Task CommittingAsync()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var levels = await LevelsAsync(_pending.ToList());
        _pending.Clear();
        var batch = new SqlBatch();
        db.LockUntilCommit(batch, "list-index", levels.SelectMany(level => level));
        foreach (var chunk in levels.SelectMany(level => level.Chunk(ListsPerStatement)))
        {
            Recount(batch, chunk);
        }

        await batch.ExecuteAsync(db);
    }

    /// <summary>The changed lists, the lists that hold them, and so on up: read before any lock is taken.</summary>
    private async Task<List<List<string>>> LevelsAsync(List<string> changed)
    {
        var levels = new List<List<string>>();
        for (var depth = 0; changed.Count > 0 && depth < MaxDepth; depth++)
        {
            levels.Add(changed);
            changed = await db.ContainedIndex.Where(c => EF.Parameter(changed).Contains(c.ContentItemId)).Select(c => c.ListContentItemId).Distinct().ToListAsync();
        }

        return levels;
    }

    /// <summary>
    /// The lists' counts and latest activity from their published items, then the lists' own index rows take them
    /// (the next level up counts those). Two replies in one topic at once: the second batch waits at the locks for
    /// the first to commit and then counts both.
    /// </summary>
    private void Recount(SqlBatch batch, string[] lists)
    {
        var ids = db.IdsFrom("{0}");
        var argument = db.IdsArgument(lists);
        batch.Add($"DELETE FROM \"ListIndex\" WHERE \"ListContentItemId\" IN ({ids})", argument);
        batch.Add($"""
            INSERT INTO "ListIndex" ("ListContentItemId", "PublishedCount", "LastActivityUtc")
            SELECT "ListContentItemId", COUNT(*), MAX("ActivityUtc") FROM "ContainedIndex"
            WHERE "ListContentItemId" IN ({ids}) AND "Published" GROUP BY "ListContentItemId"
            """, argument);
        RefreshActivity(batch, argument);
    }

    /// <summary>
    /// The index rows of the items take the count of the list each is, and the later of their publication and the
    /// latest activity inside them.
    /// </summary>
    /// <param name="items">The items' ids as one argument (<see cref="CmsDbContext.IdsArgument"/>).</param>
    private void RefreshActivity(SqlBatch batch, object items) => batch.Add($"""
        UPDATE "ContainedIndex" SET
            "ActivityUtc" = COALESCE((SELECT l."LastActivityUtc" FROM "ListIndex" AS l WHERE l."ListContentItemId" = "ContainedIndex"."ContentItemId"
                AND ("ContainedIndex"."PublishedUtc" IS NULL OR l."LastActivityUtc" > "ContainedIndex"."PublishedUtc")), "PublishedUtc"),
            "ChildCount" = COALESCE((SELECT l."PublishedCount" FROM "ListIndex" AS l WHERE l."ListContentItemId" = "ContainedIndex"."ContentItemId"), 0)
        WHERE "ContentItemId" IN ({db.IdsFrom("{0}")})
        """, items);
}
