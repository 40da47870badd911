using System.Text.Json;
using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.Indexing;

/// <summary>The index rows of item versions: path, list membership, taxonomy terms, DateTimeField values.</summary>
internal sealed class IndexRows(ContentDefinitionDocument definitions)
{
    public List<AutorouteIndexRecord> Routes { get; } = [];

    public List<ContainedIndexRecord> Contained { get; } = [];

    public List<TaxonomyIndexRecord> Terms { get; } = [];

    public List<DateTimeFieldIndexRecord> DateTimes { get; } = [];

    /// <summary>The date fields of each type met so far: an import's batch holds hundreds of items of a few types.</summary>
    private readonly Dictionary<string, IReadOnlyList<(string Part, string Field)>> _dateFields = new(StringComparer.Ordinal);

    private IReadOnlyList<(string Part, string Field)> DateFieldsOf(string contentType) =>
        _dateFields.TryGetValue(contentType, out var fields)
            ? fields
            : _dateFields[contentType] = definitions.FieldsOfType(contentType, "DateTimeField");

    /// <summary>Adds the rows of the version stored as row <paramref name="documentId"/>.</summary>
    public void Add(long documentId, ContentItem version)
    {
        var content = version.Content;
        if (content["AutoroutePart"]?["Path"]?.GetValue<string>() is { Length: > 0 } path)
        {
            Routes.Add(new AutorouteIndexRecord
            {
                DocumentId = documentId, ContentItemId = version.ContentItemId, Path = path,
                Latest = version.Latest, Published = version.Published,
            });
        }

        if (content["ContainedPart"] is JsonObject contained && contained["ListContentItemId"]?.GetValue<string>() is { } listId)
        {
            Contained.Add(new ContainedIndexRecord
            {
                DocumentId = documentId, ContentItemId = version.ContentItemId, ContentType = version.ContentType,
                ListContentItemId = listId, Order = contained["Order"] is JsonValue o && o.TryGetValue<int>(out var order) ? order : 0,
                Latest = version.Latest, Published = version.Published,
                CreatedUtc = version.CreatedUtc, PublishedUtc = version.PublishedUtc, ActivityUtc = version.PublishedUtc,
            });
        }

        foreach (var (partName, fieldName) in DateFieldsOf(version.ContentType))
        {
            DateTimes.Add(new DateTimeFieldIndexRecord
            {
                DocumentId = documentId, ContentItemId = version.ContentItemId, ContentType = version.ContentType,
                ContentPart = partName, ContentField = fieldName,
                DateTime = ContentItemJson.FieldDate(content[partName]?[fieldName]),
                Latest = version.Latest, Published = version.Published,
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
                            DocumentId = documentId, ContentItemId = version.ContentItemId, ContentType = version.ContentType,
                            ContentPart = partName, ContentField = fieldName,
                            TaxonomyContentItemId = value["TaxonomyContentItemId"]!.GetValue<string>(),
                            TermContentItemId = term.ToString(), Latest = version.Latest, Published = version.Published, PublishedUtc = version.PublishedUtc,
                        });
                    }
                }
            }
        }
    }
}
