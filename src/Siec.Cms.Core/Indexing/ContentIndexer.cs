using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Search;

namespace Siec.Cms.Core.Indexing;

/// <summary>Rewrites an item's index rows (path, list, taxonomy terms, full text) from its latest and published versions.</summary>
public sealed class ContentIndexer(CmsDbContext db, ISearchIndex search)
{
    public async Task RefreshAsync(string contentItemId)
    {
        await db.AutorouteIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync();
        await db.ContainedIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync();
        await db.TaxonomyIndex.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync();

        var records = await db.ContentItems.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
            .ToListAsync();
        foreach (var record in records)
        {
            Add(record, JsonNode.Parse(record.Content)!.AsObject());
        }

        await db.SaveChangesAsync();

        var published = records.FirstOrDefault(r => r.Published);
        if (published is null)
        {
            await search.RemoveAsync(contentItemId);
        }
        else
        {
            var item = ContentRecords.ToItem(published);
            await search.IndexAsync(SearchText.From(item.ContentItemId, item.ContentType, item.DisplayText, item.Content));
        }
    }

    private void Add(ContentItemRecord record, JsonObject content)
    {
        if (content["AutoroutePart"]?["Path"]?.GetValue<string>() is { Length: > 0 } path)
        {
            db.AutorouteIndex.Add(new AutorouteIndexRecord
            {
                DocumentId = record.Id, ContentItemId = record.ContentItemId, Path = path,
                Latest = record.Latest, Published = record.Published,
            });
        }

        if (content["ContainedPart"] is JsonObject contained && contained["ListContentItemId"]?.GetValue<string>() is { } listId)
        {
            db.ContainedIndex.Add(new ContainedIndexRecord
            {
                DocumentId = record.Id, ContentItemId = record.ContentItemId, ContentType = record.ContentType,
                ListContentItemId = listId, Order = contained["Order"] is JsonValue o && o.TryGetValue<int>(out var order) ? order : 0,
                Latest = record.Latest, Published = record.Published,
            });
        }

        foreach (var (partName, part) in content)
        {
            if (part is not JsonObject fields)
            {
                continue;
            }

            foreach (var (fieldName, field) in fields)
            {
                if (field is JsonObject { } value && value["TaxonomyContentItemId"]?.GetValueKind() == JsonValueKind.String
                    && value["TermContentItemIds"] is JsonArray terms)
                {
                    foreach (var term in terms.OfType<JsonValue>())
                    {
                        db.TaxonomyIndex.Add(new TaxonomyIndexRecord
                        {
                            DocumentId = record.Id, ContentItemId = record.ContentItemId, ContentType = record.ContentType,
                            ContentPart = partName, ContentField = fieldName,
                            TaxonomyContentItemId = value["TaxonomyContentItemId"]!.GetValue<string>(),
                            TermContentItemId = term.ToString(), Latest = record.Latest, Published = record.Published,
                        });
                    }
                }
            }
        }
    }
}
