using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Search;

/// <summary>
/// The FTS5 table <c>SearchIndex</c> over text folded by the app: the words as written (Title, Body) and their
/// dictionary forms (TitleStems, BodyStems). bm25 weighs a title above the body and a word as typed above another of
/// its forms; at equal relevance the newer item comes first. Only the most recently indexed matches are ranked
/// (<see cref="SearchText.RankedAtMost"/>): FTS5 reads them in rowid order and stops there.
/// </summary>
public sealed class SqliteSearchIndex(CmsDbContext db) : ISearchIndex
{
    private const string Table = "SearchIndex";

    public async Task IndexAsync(SearchDocument document)
    {
        await RemoveAsync(document.ContentItemId);
        await IndexNewAsync([document]);
    }

    public Task IndexNewAsync(IReadOnlyList<SearchDocument> documents) =>
        db.InsertValuesAsync($"{Table} {SearchDocument.Columns}", SearchDocument.Rows(documents));

    public async Task RemoveAsync(string contentItemId) =>
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchIndex WHERE ContentItemId = {contentItemId}");

    /// <summary>FTS5 keeps a deleted row's terms in its segments until they are merged; 'optimize' merges them all.</summary>
    public async Task CompactAsync() =>
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex (SearchIndex) VALUES ('optimize')");

    public async Task<IReadOnlyList<string>> SearchAsync(SearchQuery query, int skip, int take, IReadOnlyCollection<string>? types = null)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        var only = SearchText.TypeList(types);
        return await db.Database
            .SqlQuery<string>($"""
                SELECT ContentItemId AS Value FROM (
                    SELECT ContentItemId, bm25(SearchIndex, 0, 0, 10.0, 2.0, 5.0, 1.0, 0) AS Score, PublishedUtc FROM SearchIndex
                    WHERE SearchIndex MATCH {Match(query)} AND ({only} = '' OR {only} LIKE '%,' || ContentType || ',%')
                    ORDER BY rowid DESC LIMIT {SearchText.RankedAtMost})
                ORDER BY Score, PublishedUtc DESC
                LIMIT {take} OFFSET {skip}
                """)
            .ToListAsync();
    }

    /// <summary>
    /// The FTS5 query: each word as written or as one of its dictionary forms (a word the dictionary lacks as the
    /// beginning of a written word), each phrase as
    /// written words in a row. Words and stems are letters and digits only (see <see cref="SearchText.Words"/>).
    /// </summary>
    private static string Match(SearchQuery query) => string.Join(" AND ", query.Terms
        .Select(t => t.IsPrefix
            ? $"{{Title Body}} : \"{t.Word}\"*"
            : $"({{Title Body}} : \"{t.Word}\" OR {{TitleStems BodyStems}} : ({string.Join(" OR ", t.Stems.Select(s => $"\"{s}\""))}))")
        .Concat(query.Phrases.Select(p => $"{{Title Body}} : \"{string.Join(' ', p)}\"")));
}
