namespace Siec.Cms.Core.Data.Records;

/// <summary>One version of a content item: the top-level properties as columns, the parts as a JSON document.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    /// <summary>The parts, as the JSON object Orchard Core keeps beside the top-level properties.</summary>
    public string Content { get; set; } = "{}";
}
