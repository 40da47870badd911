using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Search;

/// <summary>The FTS5 table <c>SearchIndex</c> (unicode61, remove_diacritics 2) over text folded by the app.</summary>
public sealed class SqliteSearchIndex(CmsDbContext db) : ISearchIndex
{
    public async Task IndexAsync(SearchDocument document)
    {
        await RemoveAsync(document.ContentItemId);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO SearchIndex (ContentItemId, ContentType, Title, Body) VALUES ({document.ContentItemId}, {document.ContentType}, {document.Title}, {document.Body})");
    }

    public Task IndexNewAsync(IReadOnlyList<SearchDocument> documents) =>
        db.InsertValuesAsync("INSERT INTO SearchIndex (ContentItemId, ContentType, Title, Body)", SearchDocument.Rows(documents));

    public async Task RemoveAsync(string contentItemId) =>
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchIndex WHERE ContentItemId = {contentItemId}");

    /// <summary>FTS5 keeps a deleted row's terms in its segments until they are merged; 'optimize' merges them all.</summary>
    public async Task CompactAsync() =>
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex (SearchIndex) VALUES ('optimize')");

    public async Task<IReadOnlyList<string>> SearchAsync(string query, int skip, int take, IReadOnlyCollection<string>? types = null)
    {
        var words = SearchText.Words(query);
        if (words.Count == 0)
        {
            return [];
        }

        var match = string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
        var only = SearchText.TypeList(types);
        return await db.Database
            .SqlQuery<string>($"SELECT ContentItemId AS Value FROM SearchIndex WHERE SearchIndex MATCH {match} AND ({only} = '' OR {only} LIKE '%,' || ContentType || ',%') ORDER BY rank LIMIT {take} OFFSET {skip}")
            .ToListAsync();
    }
}
