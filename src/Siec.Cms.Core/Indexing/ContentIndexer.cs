using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Search;

namespace Siec.Cms.Core.Indexing;

/// <summary>Rewrites an item's index rows (path, list, taxonomy terms, full text) from its latest and published versions.</summary>
public sealed class ContentIndexer(CmsDbContext db, ISearchIndex search, ListIndexer lists, PolishStemmer stemmer, ContentDefinitionManager definitions)
{
    public async Task RefreshAsync(string contentItemId)
    {
        var formerLists = await db.ContainedIndex.Where(r => r.ContentItemId == contentItemId).Select(r => r.ListContentItemId).Distinct().ToListAsync();
        await db.AutorouteIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync();
        await db.ContainedIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync();
        await db.TaxonomyIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync();
        await db.DateTimeFieldIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync();

        var versions = (await db.ContentItems.AsNoTracking()
                .Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
                .ToListAsync())
            .Select(r => (r.Id, Item: ContentRecords.ToItem(r))).ToList();
        var rows = new IndexRows(await definitions.LoadAsync());
        foreach (var (documentId, item) in versions)
        {
            rows.Add(documentId, item);
        }

        db.AutorouteIndex.AddRange(rows.Routes);
        db.ContainedIndex.AddRange(rows.Contained);
        db.TaxonomyIndex.AddRange(rows.Terms);
        db.DateTimeFieldIndex.AddRange(rows.DateTimes);
        await db.SaveChangesAsync();
        await lists.ItemReindexedAsync(contentItemId, formerLists.Concat(rows.Contained.Select(c => c.ListContentItemId)));

        if (versions.Select(v => v.Item).FirstOrDefault(i => i.Published) is { } published)
        {
            await search.IndexAsync(SearchText.From(published, stemmer));
        }
        else
        {
            await search.RemoveAsync(contentItemId);
        }
    }

    /// <summary>
    /// Writes the index rows of items new to the site (an import's batch; their versions are saved): no old rows to
    /// delete, one query for their row ids, one save and one search insert for the batch.
    /// </summary>
    public async Task AddNewAsync(IReadOnlyList<ContentItem> items)
    {
        var versionIds = items.Select(i => i.ContentItemVersionId).OfType<string>().ToList();
        var ids = await db.ContentItems.Where(r => versionIds.Contains(r.ContentItemVersionId))
            .Select(r => new { r.Id, r.ContentItemVersionId }).ToDictionaryAsync(r => r.ContentItemVersionId, r => r.Id);
        var rows = new IndexRows(await definitions.LoadAsync());
        foreach (var item in items.Where(i => i.Latest || i.Published))
        {
            rows.Add(ids[item.ContentItemVersionId!], item);
        }

        await db.InsertAllAsync(rows.Routes);
        await db.InsertAllAsync(rows.Contained);
        await db.InsertAllAsync(rows.Terms);
        await db.InsertAllAsync(rows.DateTimes);
        lists.RollUpBeforeCommit(rows.Contained.Select(c => c.ListContentItemId));
        // Stemming is most of an import's own work (the database's aside); each item is read by one thread only.
        await search.IndexNewAsync(items.Where(i => i.Published).AsParallel().AsOrdered().Select(i => SearchText.From(i, stemmer)).ToList());
    }
}
