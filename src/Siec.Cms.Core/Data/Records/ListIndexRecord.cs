namespace Siec.Cms.Core.Data.Records;

/// <summary>
/// What a list (a blog, a forum category, a topic) holds, kept when its items change so that no page counts or
/// aggregates a whole list: how many published items, and the latest activity among them.
/// </summary>
public sealed class ListIndexRecord
{
    public string ListContentItemId { get; set; } = "";

    public int PublishedCount { get; set; }

    public DateTime? LastActivityUtc { get; set; }
}
