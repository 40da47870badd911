namespace Siec.Cms.Core.Search;

/// <summary>What the full-text index keeps of a published item: its folded title and body text.</summary>
public sealed record SearchDocument(string ContentItemId, string ContentType, string Title, string Body)
{
    /// <summary>The documents as rows of (ContentItemId, ContentType, Title, Body), the index table's columns in both databases.</summary>
    public static List<object?[]> Rows(IEnumerable<SearchDocument> documents) =>
        documents.Select(d => new object?[] { d.ContentItemId, d.ContentType, d.Title, d.Body }).ToList();
}
