using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.Indexing;

/// <summary>
/// Fills the DateTimeField index of types that have such fields and items but no rows yet: a site indexed before the
/// index existed, or a type that gained its first date field. The rows come from the definitions, so SQL alone cannot.
/// </summary>
public sealed class DateTimeFieldBackfill(CmsDbContext db, ContentDefinitionManager definitions)
{
    private const int BatchSize = 500;

    public async Task RunAsync()
    {
        var document = await definitions.LoadAsync();
        foreach (var type in document.ContentTypes.Where(t => document.FieldsOfType(t.Name, "DateTimeField").Count > 0).Select(t => t.Name))
        {
            if (await db.DateTimeFieldIndex.AnyAsync(r => r.ContentType == type))
            {
                continue;
            }

            for (long after = 0; ;)
            {
                var batch = await db.ContentItems.AsNoTracking().Where(r => r.ContentType == type && (r.Latest || r.Published) && r.Id > after)
                    .OrderBy(r => r.Id).Take(BatchSize).ToListAsync();
                if (batch.Count == 0)
                {
                    break;
                }

                var rows = new IndexRows(document);
                foreach (var record in batch)
                {
                    rows.Add(record.Id, ContentRecords.ToItem(record));
                }

                await db.InsertAllAsync(rows.DateTimes);
                after = batch[^1].Id;
            }
        }
    }
}
