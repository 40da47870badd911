using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Search;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>The common reads, each answered from an index table rather than by scanning documents.</summary>
public sealed class ContentQuery(CmsDbContext db, ISearchIndex search, PolishStemmer stemmer)
{
    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published)
    {
        var query = db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId);
        query = options == VersionOptions.Latest ? query.Where(r => r.Latest) : query.Where(r => r.Published);
        var record = await query.FirstOrDefaultAsync();
        return record is null ? null : ContentRecords.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> ByTypeAsync(string contentType, VersionOptions options = VersionOptions.Published)
    {
        var query = db.ContentItems.AsNoTracking().Where(r => r.ContentType == contentType);
        query = options == VersionOptions.Latest ? query.Where(r => r.Latest) : query.Where(r => r.Published);
        return (await query.OrderByDescending(r => r.PublishedUtc).ThenBy(r => r.Id).ToListAsync()).Select(ContentRecords.ToItem).ToList();
    }

    /// <summary>The <paramref name="take"/> most recently published items of a type.</summary>
    public async Task<IReadOnlyList<ContentItem>> NewestAsync(string contentType, int take) =>
        (await db.ContentItems.AsNoTracking().Where(r => r.ContentType == contentType && r.Published)
            .OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id).Take(take).ToListAsync()).Select(ContentRecords.ToItem).ToList();

    /// <summary>Latest versions for the admin list: by type, status (<c>draft</c>, <c>published</c>) and title text, newest change first.</summary>
    public Task<(IReadOnlyList<ContentItem> Items, int Total)> LatestAsync(IReadOnlyCollection<string> types, string? status, string? text, int skip, int take) =>
        LatestAsync(new ContentListQuery { Types = types, Status = status, Text = text }, skip, take);

    public async Task<(IReadOnlyList<ContentItem> Items, int Total)> LatestAsync(ContentListQuery list, int skip, int take)
    {
        var types = list.Types;
        var ownTypes = list.OwnTypes;
        var owner = list.Owner;
        var query = db.ContentItems.AsNoTracking().Where(r => r.Latest
            && (types.Contains(r.ContentType) || (owner != null && ownTypes.Contains(r.ContentType) && r.Owner == owner)));
        var published = db.ContentItems.Where(p => p.Published);
        query = list.Status switch
        {
            "published" => query.Where(r => r.Published),
            "unpublished" => query.Where(r => !r.Published),
            "draft" => query.Where(r => !r.Published && !published.Any(p => p.ContentItemId == r.ContentItemId)),
            "changed" => query.Where(r => !r.Published && published.Any(p => p.ContentItemId == r.ContentItemId)),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(list.Text))
        {
            var lower = list.Text.Trim().ToLower();
            query = query.Where(r => r.DisplayText != null && r.DisplayText.ToLower().Contains(lower));
        }

        if (!string.IsNullOrWhiteSpace(list.Author))
        {
            query = query.Where(r => r.Author == list.Author);
        }

        if (!string.IsNullOrEmpty(list.TermId))
        {
            query = query.Where(r => db.TaxonomyIndex.Any(t => t.DocumentId == r.Id && t.TermContentItemId == list.TermId));
        }

        var total = await query.CountAsync();
        var sorted = list.Sort switch
        {
            "title" => query.OrderBy(r => r.DisplayText).ThenBy(r => r.Id),
            "published" => query.OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id),
            _ => query.OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id),
        };
        var records = await sorted.Skip(skip).Take(take).ToListAsync();
        return (records.Select(ContentRecords.ToItem).ToList(), total);
    }

    /// <summary>
    /// The latest version of the item of <paramref name="contentType"/> a user owns (e.g. their profile), or null: one
    /// row through the (Owner, ContentType) index, where the admin list's query counted and sorted all a user owns.
    /// </summary>
    public async Task<ContentItem?> OwnedAsync(string contentType, string owner) =>
        await db.ContentItems.AsNoTracking().Where(r => r.Owner == owner && r.ContentType == contentType && r.Latest)
            .OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync() is { } record ? ContentRecords.ToItem(record) : null;

    public async Task<int> CountAsync(string contentType) =>
        await db.ContentItems.CountAsync(r => r.ContentType == contentType && r.Published);

    public async Task<ContentItem?> ByPathAsync(string path)
    {
        var record = await db.AutorouteIndex.AsNoTracking()
            .Where(a => a.Path == path && a.Published)
            .Join(db.ContentItems, a => a.DocumentId, r => r.Id, (_, r) => r)
            .FirstOrDefaultAsync();
        return record is null ? null : ContentRecords.ToItem(record);
    }

    /// <summary>Every published path, for the sitemap.</summary>
    /// <summary>Published paths in path order, a slice at a time (a sitemap part).</summary>
    public async Task<IReadOnlyList<(string Path, DateTime ModifiedUtc)>> PublishedPathsAsync(int skip = 0, int take = int.MaxValue) =>
        (await db.AutorouteIndex.AsNoTracking().Where(a => a.Published)
            .Join(db.ContentItems, a => a.DocumentId, r => r.Id, (a, r) => new { a.Path, r.ModifiedUtc })
            .OrderBy(a => a.Path).Skip(skip).Take(take).ToListAsync())
        .Select(a => (a.Path, a.ModifiedUtc ?? DateTime.MinValue)).ToList();

    public Task<int> CountPublishedPathsAsync() => db.AutorouteIndex.CountAsync(a => a.Published);

    public async Task<IReadOnlyList<ContentItem>> ContainedAsync(string listContentItemId, VersionOptions options = VersionOptions.Published)
    {
        var latest = options == VersionOptions.Latest;
        var records = await db.ContainedIndex.AsNoTracking()
            .Where(c => c.ListContentItemId == listContentItemId && (latest ? c.Latest : c.Published))
            .OrderBy(c => c.Order)
            .Join(db.ContentItems, c => c.DocumentId, r => r.Id, (_, r) => r)
            .ToListAsync();
        return records.Select(ContentRecords.ToItem).ToList();
    }

    /// <summary>For each list, how many published items it holds and the latest activity in it (kept in the list index, so always current).</summary>
    public async Task<Dictionary<string, (int Count, DateTime? Last)>> ListStatsAsync(IReadOnlyCollection<string> listContentItemIds) =>
        await db.ListIndex.AsNoTracking().Where(l => listContentItemIds.Contains(l.ListContentItemId))
            .ToDictionaryAsync(l => l.ListContentItemId, l => (l.PublishedCount, l.LastActivityUtc));

    /// <summary>
    /// One page of a type's published items, newest first, only those tagged with a taxonomy term when one is given,
    /// and how many there are: sorted and paged in the database on the type's index of published rows.
    /// </summary>
    public async Task<(IReadOnlyList<ContentItem> Items, int Total)> PageOfTypeAsync(string contentType, string? termContentItemId, int skip, int take)
    {
        if (termContentItemId is not null)
        {
            return await PageOfTermAsync(contentType, termContentItemId, skip, take);
        }

        var query = db.ContentItems.AsNoTracking().Where(r => r.ContentType == contentType && r.Published);
        var total = await query.CountAsync();
        var page = await query.OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync();
        return (page.Select(ContentRecords.ToItem).ToList(), total);
    }

    /// <summary>
    /// A term's page of a type, newest first, from the term's index rows alone: counted and paged on the index of
    /// (term, type, published, date), then only the page's items are read.
    /// </summary>
    private async Task<(IReadOnlyList<ContentItem> Items, int Total)> PageOfTermAsync(string contentType, string termContentItemId, int skip, int take)
    {
        var tagged = db.TaxonomyIndex.Where(t => t.TermContentItemId == termContentItemId && t.ContentType == contentType && t.Published);
        var total = await tagged.CountAsync();
        var ids = await tagged.OrderByDescending(t => t.PublishedUtc).ThenByDescending(t => t.DocumentId).Skip(skip).Take(take).Select(t => t.DocumentId).ToListAsync();
        var records = await db.ContentItems.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        return (ids.Distinct().Where(records.ContainsKey).Select(id => ContentRecords.ToItem(records[id])).ToList(), total);
    }

    /// <summary>One page of <see cref="DateFieldQuery"/>'s items and how many there are, from the index alone.</summary>
    public async Task<(IReadOnlyList<ContentItem> Items, int Total)> ByDateFieldAsync(DateFieldQuery q, int skip, int take)
    {
        var filter = db.DateTimeFieldIndex.Where(r => r.Published && r.ContentType == q.ContentType && r.ContentPart == q.Part && r.ContentField == q.FilterField);
        filter = q.OnOrAfter ? filter.Where(r => r.DateTime >= q.Bound) : filter.Where(r => r.DateTime == null || r.DateTime < q.Bound);
        var ordered = from f in filter
                      join o in db.DateTimeFieldIndex.Where(r => r.ContentPart == q.Part && r.ContentField == q.OrderField) on f.DocumentId equals o.DocumentId
                      select new { f.DocumentId, o.DateTime };
        var total = await ordered.CountAsync();
        var ids = await (q.Ascending ? ordered.OrderBy(x => x.DateTime).ThenBy(x => x.DocumentId) : ordered.OrderByDescending(x => x.DateTime).ThenByDescending(x => x.DocumentId))
            .Skip(skip).Take(take).Select(x => x.DocumentId).ToListAsync();
        var records = await db.ContentItems.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        return (ids.Where(records.ContainsKey).Select(id => ContentRecords.ToItem(records[id])).ToList(), total);
    }

    public async Task<IReadOnlyList<ContentItem>> SearchAsync(string query, int skip = 0, int take = 20, IReadOnlyCollection<string>? types = null)
    {
        var ids = await search.SearchAsync(SearchQuery.Parse(query, stemmer), skip, take, types);
        var records = await db.ContentItems.AsNoTracking().Where(r => ids.Contains(r.ContentItemId) && r.Published).ToListAsync();
        return ids.Select(id => records.FirstOrDefault(r => r.ContentItemId == id)).OfType<Data.Records.ContentItemRecord>()
            .Select(ContentRecords.ToItem).ToList();
    }
}
