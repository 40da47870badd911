namespace Siec.Cms.Core.Search;

/// <summary>What the full-text index keeps of a published item: its folded title and body text.</summary>
public sealed record SearchDocument(string ContentItemId, string ContentType, string Title, string Body);
