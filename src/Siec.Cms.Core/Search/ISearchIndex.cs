namespace Siec.Cms.Core.Search;

/// <summary>Full-text index of published items, in the database's own full-text engine.</summary>
public interface ISearchIndex
{
    Task IndexAsync(SearchDocument document);

    /// <summary>Adds the documents of items the index has never seen (an import's batch) in bulk.</summary>
    Task IndexNewAsync(IReadOnlyList<SearchDocument> documents);

    Task RemoveAsync(string contentItemId);

    /// <summary>Rewrites the index so removed text is gone from its storage too (after erasing personal data).</summary>
    Task CompactAsync();

    /// <summary>Ids of published items matching every word (in any form) and phrase of <paramref name="query"/>, best first; only of <paramref name="types"/> when given.</summary>
    Task<IReadOnlyList<string>> SearchAsync(SearchQuery query, int skip, int take, IReadOnlyCollection<string>? types = null);
}
