using System.Text.Json;
using System.Text.Json.Nodes;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Indexing;

/// <summary>The index rows of item versions: path, list membership, taxonomy terms.</summary>
internal sealed class IndexRows
{
    public List<AutorouteIndexRecord> Routes { get; } = [];

    public List<ContainedIndexRecord> Contained { get; } = [];

    public List<TaxonomyIndexRecord> Terms { get; } = [];

    public void Add(ContentItemRecord record, JsonObject content)
    {
        if (content["AutoroutePart"]?["Path"]?.GetValue<string>() is { Length: > 0 } path)
        {
            Routes.Add(new AutorouteIndexRecord
            {
                DocumentId = record.Id, ContentItemId = record.ContentItemId, Path = path,
                Latest = record.Latest, Published = record.Published,
            });
        }

        if (content["ContainedPart"] is JsonObject contained && contained["ListContentItemId"]?.GetValue<string>() is { } listId)
        {
            Contained.Add(new ContainedIndexRecord
            {
                DocumentId = record.Id, ContentItemId = record.ContentItemId, ContentType = record.ContentType,
                ListContentItemId = listId, Order = contained["Order"] is JsonValue o && o.TryGetValue<int>(out var order) ? order : 0,
                Latest = record.Latest, Published = record.Published,
                CreatedUtc = record.CreatedUtc, PublishedUtc = record.PublishedUtc, ActivityUtc = record.PublishedUtc,
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
                        Terms.Add(new TaxonomyIndexRecord
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
