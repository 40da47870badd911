using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Search;

/// <summary>
/// The table <c>SearchIndex</c> with two generated <c>tsvector</c>s ('simple' config) over text folded by the app:
/// <c>Search</c> of the words as written (title weight A, body C) and <c>Stems</c> of their dictionary forms (title B,
/// body D). The rank adds both, so a title ranks above the body and a word as typed above another of its forms; at
/// equal rank the newer item comes first. Only the newest matches are ranked (<see cref="SearchText.RankedAtMost"/>).
/// </summary>
public sealed class PostgresSearchIndex(CmsDbContext db) : ISearchIndex
{
    public async Task IndexAsync(SearchDocument document)
    {
        await RemoveAsync(document.ContentItemId);
        await IndexNewAsync([document]);
    }

    public Task IndexNewAsync(IReadOnlyList<SearchDocument> documents) =>
        db.InsertValuesAsync($"\"SearchIndex\" {SearchDocument.Columns}", SearchDocument.Rows(documents));

    public async Task RemoveAsync(string contentItemId) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchIndex" WHERE "ContentItemId" = {contentItemId}""");

    /// <summary>The tsvectors live in the row itself, so a deleted row takes its terms with it.</summary>
    public Task CompactAsync() => Task.CompletedTask;

    public async Task<IReadOnlyList<string>> SearchAsync(SearchQuery query, int skip, int take, IReadOnlyCollection<string>? types = null)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        // Each word: as written or one of its forms (a word the dictionary lacks: the beginning of a written word);
        // each phrase: written words in a row. Built as
        // plain ANDs and ORs of @@ so the GIN indexes of both vectors serve it. Words and stems are letters and digits
        // only (see SearchText.Words), so they need no quoting inside a tsquery; they still travel as parameters.
        var parameters = new List<object>();
        string Param(object value)
        {
            parameters.Add(value);
            return $"{{{parameters.Count - 1}}}";
        }

        var conditions = query.Terms
            .Select(t => t.IsPrefix
                ? $"""s."Search" @@ to_tsquery('simple', {Param(t.Written(":*"))})"""
                : $"""(s."Search" @@ to_tsquery('simple', {Param(t.Word)}) OR s."Stems" @@ to_tsquery('simple', {Param(string.Join(" | ", t.Stems))}))""")
            .Concat(query.Phrases.Select(p => $"""s."Search" @@ to_tsquery('simple', {Param(string.Join(" <-> ", p))})"""))
            .ToList();
        var exact = string.Join(" | ", query.Terms.Select(t => t.Written(":*")).Concat(query.Phrases.Select(p => "(" + string.Join(" <-> ", p) + ")")));
        var stems = query.Terms.SelectMany(t => t.Stems).Distinct().ToList();
        var rank = $"""ts_rank(s."Search", to_tsquery('simple', {Param(exact)}))"""
            + (stems.Count == 0 ? "" : $""" + ts_rank(s."Stems", to_tsquery('simple', {Param(string.Join(" | ", stems))}))""");
        var only = Param(SearchText.TypeList(types));
        var sql = $"""
            SELECT s."ContentItemId" AS "Value" FROM (
                SELECT s."ContentItemId" FROM "SearchIndex" s
                WHERE {string.Join(" AND ", conditions)} AND ({only} = '' OR {only} LIKE '%,' || s."ContentType" || ',%')
                ORDER BY s."PublishedUtc" DESC LIMIT {Param(SearchText.RankedAtMost)}) newest
            JOIN "SearchIndex" s ON s."ContentItemId" = newest."ContentItemId"
            ORDER BY {rank} DESC, s."PublishedUtc" DESC
            LIMIT {Param(take)} OFFSET {Param(skip)}
            """;
        return await db.Database.SqlQueryRaw<string>(sql, [.. parameters]).ToListAsync();
    }
}
