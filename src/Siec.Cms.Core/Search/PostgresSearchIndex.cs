using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Search;

/// <summary>The table <c>SearchIndex</c> with a generated <c>tsvector</c> ('simple' config) over text folded by the app.</summary>
public sealed class PostgresSearchIndex(CmsDbContext db) : ISearchIndex
{
    public async Task IndexAsync(SearchDocument document) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "SearchIndex" ("ContentItemId", "ContentType", "Title", "Body")
            VALUES ({document.ContentItemId}, {document.ContentType}, {document.Title}, {document.Body})
            ON CONFLICT ("ContentItemId") DO UPDATE SET "ContentType" = EXCLUDED."ContentType", "Title" = EXCLUDED."Title", "Body" = EXCLUDED."Body"
            """);

    public Task IndexNewAsync(IReadOnlyList<SearchDocument> documents) =>
        db.InsertValuesAsync("""INSERT INTO "SearchIndex" ("ContentItemId", "ContentType", "Title", "Body")""", SearchDocument.Rows(documents));

    public async Task RemoveAsync(string contentItemId) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchIndex" WHERE "ContentItemId" = {contentItemId}""");

    /// <summary>The tsvector lives in the row itself, so a deleted row takes its terms with it.</summary>
    public Task CompactAsync() => Task.CompletedTask;

    public async Task<IReadOnlyList<string>> SearchAsync(string query, int skip, int take, IReadOnlyCollection<string>? types = null)
    {
        var words = SearchText.Words(query);
        if (words.Count == 0)
        {
            return [];
        }

        var tsQuery = string.Join(" & ", words.Select(w => w + ":*"));
        var only = SearchText.TypeList(types);
        return await db.Database.SqlQuery<string>($"""
            SELECT "ContentItemId" AS "Value" FROM "SearchIndex"
            WHERE "Search" @@ to_tsquery('simple', {tsQuery}) AND ({only} = '' OR {only} LIKE '%,' || "ContentType" || ',%')
            ORDER BY ts_rank("Search", to_tsquery('simple', {tsQuery})) DESC
            LIMIT {take} OFFSET {skip}
            """).ToListAsync();
    }
}
