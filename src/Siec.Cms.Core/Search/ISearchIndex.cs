namespace Siec.Cms.Core.Search;

/// <summary>Full-text index of published items, in the database's own full-text engine.</summary>
public interface ISearchIndex
{
    Task IndexAsync(SearchDocument document);

    Task RemoveAsync(string contentItemId);

    /// <summary>Ids of published items matching every word of <paramref name="query"/> (diacritics ignored), best first.</summary>
    Task<IReadOnlyList<string>> SearchAsync(string query, int skip, int take);
}
