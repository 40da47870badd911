namespace Siec.Cms.Core.Search;

/// <summary>
/// What the full-text index keeps of a published item: its folded title and body, the dictionary forms of their
/// words (or the word itself where the dictionary has none), and when it was published, for ranking.
/// </summary>
public sealed record SearchDocument(
    string ContentItemId, string ContentType, string Title, string Body, string TitleStems, string BodyStems, DateTime PublishedUtc)
{
    /// <summary>The index table's columns in both databases, in the order <see cref="Rows"/> gives them.</summary>
    public const string Columns = """("ContentItemId", "ContentType", "Title", "Body", "TitleStems", "BodyStems", "PublishedUtc")""";

    public static List<object?[]> Rows(IEnumerable<SearchDocument> documents) =>
        documents.Select(d => new object?[] { d.ContentItemId, d.ContentType, d.Title, d.Body, d.TitleStems, d.BodyStems, d.PublishedUtc }).ToList();
}
