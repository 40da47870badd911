using Siec.Cms.Core.ContentManagement.Handlers;

namespace Siec.Cms.Core.Indexing;

/// <summary>Every change to an item refreshes its index rows and search text in the same transaction.</summary>
public sealed class IndexingHandler(ContentIndexer indexer) : IContentHandler
{
    public Task ChangedAsync(ContentChange change) => indexer.RefreshAsync(change.Item.ContentItemId);

    public Task ImportedAsync(IReadOnlyList<ContentChange> changes) => indexer.AddNewAsync(changes.Select(c => c.Item).ToList());
}
