using System.Text.Json.Nodes;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>Maps a stored version to a content item and back.</summary>
public static class ContentRecords
{
    public static ContentItem ToItem(ContentItemRecord record) => new()
    {
        ContentItemId = record.ContentItemId,
        ContentItemVersionId = record.ContentItemVersionId,
        ContentType = record.ContentType,
        DisplayText = record.DisplayText,
        Latest = record.Latest,
        Published = record.Published,
        CreatedUtc = record.CreatedUtc,
        ModifiedUtc = record.ModifiedUtc,
        PublishedUtc = record.PublishedUtc,
        Owner = record.Owner,
        Author = record.Author,
        Content = JsonNode.Parse(record.Content) as JsonObject ?? new JsonObject(),
    };

    public static void Apply(ContentItem item, ContentItemRecord record)
    {
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId ?? IdGenerator.NewId();
        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText;
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.Content = item.Content.ToJsonString();
    }

    /// <summary>Same parts and display values, whatever the version id, flags and dates.</summary>
    public static bool SameContent(ContentItemRecord record, ContentItem item) =>
        record.ContentType == item.ContentType
        && record.DisplayText == item.DisplayText
        && record.Owner == item.Owner
        && record.Author == item.Author
        && JsonNode.DeepEquals(JsonNode.Parse(record.Content), item.Content);
}
