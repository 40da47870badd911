namespace Siec.Cms.Core.Data.Records;

/// <summary>
/// The list container of a latest or published version, with what a list page sorts by: its order in the list, its
/// dates, and its activity (its publication or, for an item that is a list itself, the latest activity inside it).
/// </summary>
public sealed class ContainedIndexRecord
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string ListContentItemId { get; set; } = "";

    public int Order { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>The later of <see cref="PublishedUtc"/> and the last activity of the list this item is (kept by the indexer).</summary>
    public DateTime? ActivityUtc { get; set; }

    /// <summary>How many published items the list this item is holds (a topic's replies; kept by the indexer).</summary>
    public int ChildCount { get; set; }
}
