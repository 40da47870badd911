using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>
/// Rows written in bulk (an import's) are all or nothing with their transaction, although on SQLite each statement
/// no longer undoes itself alone; and a recipe's larger SQLite page cache is given back when it ends.
/// </summary>
public abstract class BulkInsertTests(DatabaseKind kind)
{
    [Fact]
    public async Task A_bulk_insert_that_fails_part_way_leaves_none_of_its_rows()
    {
        await using var site = await TestSite.CreateAsync(kind);
        // The 90th row repeats the 1st one's unique cause: the statements before it, and the start of its own, were written.
        var rows = Enumerable.Range(1, 100).Select(i => Message(i == 90 ? 1 : i)).ToList();

        await Assert.ThrowsAnyAsync<DbException>(() => site.RunAsync<IServiceProvider>(services =>
            services.GetRequiredService<Transactions>().RunAsync(() => services.GetRequiredService<CmsDbContext>().InsertAllAsync(rows))));

        Assert.Equal(0, await site.RunAsync<CmsDbContext, int>(db => db.Outbox.CountAsync(m => m.Cause.StartsWith("hurtem-"))));
        await site.RunAsync<IServiceProvider>(services =>
            services.GetRequiredService<Transactions>().RunAsync(() => services.GetRequiredService<CmsDbContext>().InsertAllAsync(rows.Take(89).ToList())));
        Assert.Equal(89, await site.RunAsync<CmsDbContext, int>(db => db.Outbox.CountAsync(m => m.Cause.StartsWith("hurtem-"))));
    }

    private static OutboxMessageRecord Message(int i) => new()
    {
        Cause = $"hurtem-{i}", To = $"czlonek{i}@example.org", Subject = "Podsumowanie", TextBody = "Treść.", HtmlBody = "<p>Treść.</p>",
        CreatedUtc = DateTime.UtcNow, NextAttemptUtc = DateTime.UtcNow,
    };
}

public sealed class SqliteBulkInsertTests() : BulkInsertTests(DatabaseKind.Sqlite)
{
    [Fact]
    public async Task A_recipe_writes_with_a_64_MB_page_cache_and_the_pooled_connection_gets_the_default_back()
    {
        var seen = new CacheSizeInImport();
        await using var site = await TestSite.CreateAsync(DatabaseKind.Sqlite, s => s.AddSingleton<IInterceptor>(seen));
        var before = await site.RunAsync<CmsDbContext, long>(CacheSizeAsync);

        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        await site.ImportAsync("""
            { "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "hurtem00000000000000000001", "ContentType": "Article", "DisplayText": "Pierwszy", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Pierwszy" }, "AutoroutePart": { "Path": "pierwszy" } }
            ] } ] }
            """);

        Assert.Equal(-64 * 1024, seen.During);
        Assert.Equal(-2000, before);
        // Every connection of the pool at once (they are few here): none kept the recipe's cache.
        var scopes = Enumerable.Range(0, 4).Select(_ => site.Services.CreateAsyncScope()).ToList();
        foreach (var scope in scopes)
        {
            Assert.Equal(before, await CacheSizeAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>()));
        }

        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
    }

    private static async Task<long> CacheSizeAsync(CmsDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The page cache of the connection that looks the imported items up, read on that connection in its transaction.</summary>
    private sealed class CacheSizeInImport : DbCommandInterceptor
    {
        public long? During { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (During is null && command.Transaction is not null && command.CommandText.Contains("FROM \"ContentItems\"", StringComparison.Ordinal))
            {
                await using var pragma = command.Connection!.CreateCommand();
                pragma.Transaction = command.Transaction;
                pragma.CommandText = "PRAGMA cache_size";
                During = Convert.ToInt64(await pragma.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }

            return result;
        }
    }
}

public sealed class PostgresBulkInsertTests() : BulkInsertTests(DatabaseKind.Postgres);
