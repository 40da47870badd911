using System.Text;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Search;

/// <summary>Inserts many search rows with a few multi-row INSERTs (an import's batch), parameters only.</summary>
internal static class SearchRows
{
    // Four parameters a row: well under SQLite's and PostgreSQL's limits on parameters per statement.
    private const int RowsPerStatement = 250;

    /// <param name="insertInto">The statement up to VALUES, in the database's quoting.</param>
    public static async Task InsertAsync(CmsDbContext db, string insertInto, IReadOnlyList<SearchDocument> documents)
    {
        foreach (var chunk in documents.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(insertInto).Append(" VALUES ");
            var parameters = new object[chunk.Length * 4];
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i > 0 ? ", " : "").Append($"({{{i * 4}}}, {{{i * 4 + 1}}}, {{{i * 4 + 2}}}, {{{i * 4 + 3}}})");
                (parameters[i * 4], parameters[i * 4 + 1], parameters[i * 4 + 2], parameters[i * 4 + 3]) =
                    (chunk[i].ContentItemId, chunk[i].ContentType, chunk[i].Title, chunk[i].Body);
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters);
        }
    }
}
