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
        var items = Items(listContentItemId, options);
        var total = await items.CountAsync();
        var page = await Ordered(items, order).Skip(skip).Take(take).ToListAsync();
        return (page.Select(ContentRecords.ToItem).ToList(), total);
    }

    /// <summary>The published items published just before and just after <paramref name="item"/> in its list.</summary>
    public async Task<(ContentItem? Previous, ContentItem? Next)> NeighboursAsync(string listContentItemId, ContentItem item)
    {
        var items = Items(listContentItemId, VersionOptions.Published).Where(r => r.ContentItemId != item.ContentItemId);
        var at = item.PublishedUtc;
        var previous = await items.Where(r => r.PublishedUtc < at || (r.PublishedUtc == at && string.Compare(r.ContentItemId, item.ContentItemId) < 0))
            .OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.ContentItemId).FirstOrDefaultAsync();
        var next = await items.Where(r => r.PublishedUtc > at || (r.PublishedUtc == at && string.Compare(r.ContentItemId, item.ContentItemId) > 0))
            .OrderBy(r => r.PublishedUtc).ThenBy(r => r.ContentItemId).FirstOrDefaultAsync();
        return (previous is null ? null : ContentRecords.ToItem(previous), next is null ? null : ContentRecords.ToItem(next));
    }

    /// <summary>
    /// Where the first published item created after <paramref name="after"/> (any, when null) stands in the list in
    /// <see cref="ListOrder.OldestCreated"/> order, counted from 0; -1 when there is none.
    /// </summary>
    public async Task<int> FirstCreatedAfterAsync(string listContentItemId, DateTime? after, VersionOptions options)
    {
        var items = Items(listContentItemId, options);
        var first = await items.Where(r => r.Published && (after == null || r.CreatedUtc > after))
            .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).Select(r => new { r.CreatedUtc, r.Id }).FirstOrDefaultAsync();
        return first is null ? -1 : await items.CountAsync(r => r.CreatedUtc < first.CreatedUtc || (r.CreatedUtc == first.CreatedUtc && r.Id < first.Id));
    }

    private IQueryable<ContentItemRecord> Items(string listContentItemId, VersionOptions options)
    {
        var latest = options == VersionOptions.Latest;
        return db.ContainedIndex.AsNoTracking()
            .Where(c => c.ListContentItemId == listContentItemId && (latest ? c.Latest : c.Published))
            .Join(db.ContentItems, c => c.DocumentId, r => r.Id, (_, r) => r);
    }

    private static IQueryable<ContentItemRecord> Ordered(IQueryable<ContentItemRecord> items, ListOrder order) => order == ListOrder.NewestPublished
        ? items.OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id)
        : items.OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id);
}
