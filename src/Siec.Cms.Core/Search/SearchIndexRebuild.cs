using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Search;

/// <summary>
/// Fills an empty search index from the published items: after the migration that gave the index its dictionary
/// forms (it starts empty, and they can only be computed here), and after any loss of the index.
/// </summary>
public sealed class SearchIndexRebuild(CmsDbContext db, ISearchIndex search, PolishStemmer stemmer)
{
    private const int BatchSize = 500;

    public async Task RebuildIfEmptyAsync()
    {
        if (await db.Database.SqlQueryRaw<int>("""SELECT 1 AS "Value" FROM "SearchIndex" LIMIT 1""").AnyAsync()
            || !await db.ContentItems.AnyAsync(r => r.Published))
        {
            return;
        }

        for (long after = 0; ;)
        {
            var batch = await db.ContentItems.AsNoTracking().Where(r => r.Published && r.Id > after).OrderBy(r => r.Id).Take(BatchSize).ToListAsync();
            if (batch.Count == 0)
            {
                return;
            }

            await search.IndexNewAsync(batch.Select(r => SearchText.From(ContentRecords.ToItem(r), stemmer)).ToList());
            after = batch[^1].Id;
        }
    }
}
