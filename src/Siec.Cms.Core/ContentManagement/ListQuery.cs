using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>The order of a list's items on a reader page.</summary>
public enum ListOrder
{
    /// <summary>Newest publication first (a blog).</summary>
    NewestPublished,

    /// <summary>Oldest first, as written (a topic's replies).</summary>
    OldestCreated,
}

/// <summary>
/// Reads of one list (a blog's posts, a topic's replies) bounded by what a page shows: a page and the count, a post's
/// neighbours, where the first unread item stands. Each is a few indexed queries, whatever the list's length.
/// </summary>
public sealed class ListQuery(CmsDbContext db)
{
    /// <summary>One page of the list and how many items it holds.</summary>
    public async Task<(IReadOnlyList<ContentItem> Items, int Total)> PageAsync(string listContentItemId, ListOrder order, int skip, int take, VersionOptions options = VersionOptions.Published)
    {
        var entries = Entries(listContentItemId, options);
        var total = options == VersionOptions.Published
            ? await db.ListIndex.Where(l => l.ListContentItemId == listContentItemId).Select(l => l.PublishedCount).FirstOrDefaultAsync()
            : await entries.CountAsync();
        // The page's ids in order, then their versions: a join after a limit need not keep the order.
        var ids = await Ordered(entries, order).Skip(skip).Take(take).Select(c => c.DocumentId).ToListAsync();
        var records = await db.ContentItems.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        return (ids.Where(records.ContainsKey).Select(id => ContentRecords.ToItem(records[id])).ToList(), total);
    }

    /// <summary>The published items published just before and just after <paramref name="item"/> in its list.</summary>
    public async Task<(ContentItem? Previous, ContentItem? Next)> NeighboursAsync(string listContentItemId, ContentItem item)
    {
        var entries = Entries(listContentItemId, VersionOptions.Published).Where(c => c.ContentItemId != item.ContentItemId);
        var at = item.PublishedUtc;
        var previous = await Records(entries.Where(c => c.PublishedUtc < at || (c.PublishedUtc == at && string.Compare(c.ContentItemId, item.ContentItemId) < 0))
            .OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.ContentItemId).Take(1)).FirstOrDefaultAsync();
        var next = await Records(entries.Where(c => c.PublishedUtc > at || (c.PublishedUtc == at && string.Compare(c.ContentItemId, item.ContentItemId) > 0))
            .OrderBy(c => c.PublishedUtc).ThenBy(c => c.ContentItemId).Take(1)).FirstOrDefaultAsync();
        return (previous is null ? null : ContentRecords.ToItem(previous), next is null ? null : ContentRecords.ToItem(next));
    }

    /// <summary>
    /// Where the first published item created after <paramref name="after"/> (any, when null) stands in the list in
    /// <see cref="ListOrder.OldestCreated"/> order, counted from 0; -1 when there is none.
    /// </summary>
    public async Task<int> FirstCreatedAfterAsync(string listContentItemId, DateTime? after, VersionOptions options)
    {
        var entries = Entries(listContentItemId, options);
        var first = await entries.Where(c => c.Published && (after == null || c.CreatedUtc > after))
            .OrderBy(c => c.CreatedUtc).ThenBy(c => c.DocumentId).Select(c => new { c.CreatedUtc, c.DocumentId }).FirstOrDefaultAsync();
        return first is null ? -1 : await entries.CountAsync(c => c.CreatedUtc < first.CreatedUtc || (c.CreatedUtc == first.CreatedUtc && c.DocumentId < first.DocumentId));
    }

    /// <summary>The list's index rows: sorted and paged there, on the list's own indexes, before any item is read.</summary>
    private IQueryable<ContainedIndexRecord> Entries(string listContentItemId, VersionOptions options)
    {
        var entries = db.ContainedIndex.AsNoTracking().Where(c => c.ListContentItemId == listContentItemId);
        return options == VersionOptions.Latest ? entries.Where(c => c.Latest) : entries.Where(c => c.Published);
    }

    private IQueryable<ContentItemRecord> Records(IQueryable<ContainedIndexRecord> entries) =>
        entries.Join(db.ContentItems.AsNoTracking(), c => c.DocumentId, r => r.Id, (_, r) => r);

    private static IQueryable<ContainedIndexRecord> Ordered(IQueryable<ContainedIndexRecord> entries, ListOrder order) => order == ListOrder.NewestPublished
        ? entries.OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.DocumentId)
        : entries.OrderBy(c => c.CreatedUtc).ThenBy(c => c.DocumentId);
}
