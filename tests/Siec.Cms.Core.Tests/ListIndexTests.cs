using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>
/// A list's count and latest activity are kept up the chain of lists as items come, go and change (imported in bulk,
/// unpublished, deleted): a shelf holds an article that holds another, as a forum holds topics that hold replies.
/// The same on SQLite and PostgreSQL.
/// </summary>
public abstract class ListIndexTests(DatabaseKind kind)
{
    private const string Shelf = "polka000000000000000000000";
    private const string Outer = "zewnetrzny0000000000000000";
    private const string Inner = "wewnetrzny0000000000000000";
    private static readonly DateTime January = new(2024, 1, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime February = new(2024, 2, 20, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Counts_and_activity_roll_up_the_lists_and_back_down()
    {
        await using var site = await TestSite.CreateAsync(kind);
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        await site.ImportAsync($$"""
            { "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "{{Shelf}}", "ContentType": "Shelf", "DisplayText": "Półka", "Latest": true, "Published": true,
                "PublishedUtc": "2023-12-01T00:00:00Z", "TitlePart": { "Title": "Półka" } },
              { "ContentItemId": "{{Outer}}", "ContentType": "Article", "DisplayText": "Zewnętrzny", "Latest": true, "Published": true,
                "PublishedUtc": "{{January:O}}", "CreatedUtc": "{{January:O}}", "TitlePart": { "Title": "Zewnętrzny" },
                "AutoroutePart": { "Path": "zewnetrzny" }, "ContainedPart": { "ListContentItemId": "{{Shelf}}" } },
              { "ContentItemId": "{{Inner}}", "ContentType": "Article", "DisplayText": "Wewnętrzny", "Latest": true, "Published": true,
                "PublishedUtc": "{{February:O}}", "CreatedUtc": "{{February:O}}", "TitlePart": { "Title": "Wewnętrzny" },
                "AutoroutePart": { "Path": "wewnetrzny" }, "ContainedPart": { "ListContentItemId": "{{Outer}}" } }
            ] } ] }
            """);

        Assert.Equal((1, February), await StatsAsync(site, Shelf));
        Assert.Equal((1, February), await StatsAsync(site, Outer));
        Assert.Equal((February, 1), await RowAsync(site, Outer));

        await site.RunAsync<ContentManager>(m => m.UnpublishAsync(Inner));
        Assert.Equal((0, null), await StatsAsync(site, Outer));
        Assert.Equal((January, 0), await RowAsync(site, Outer));
        Assert.Equal((1, January), await StatsAsync(site, Shelf));

        await site.RunAsync<ContentManager>(m => m.DeleteAsync(Outer));
        Assert.Equal((0, null), await StatsAsync(site, Shelf));
    }

    [Fact]
    public async Task A_recount_is_one_command_just_before_the_commit_so_its_locks_are_held_that_long()
    {
        var log = new CommandLog();
        await using var site = await TestSite.CreateAsync(kind, s => s.AddSingleton<IInterceptor>(log));
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        await site.ImportAsync($$"""
            { "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "{{Shelf}}", "ContentType": "Shelf", "DisplayText": "Półka", "Latest": true, "Published": true, "TitlePart": { "Title": "Półka" } },
              { "ContentItemId": "{{Outer}}", "ContentType": "Article", "DisplayText": "Zewnętrzny", "Latest": true, "Published": true,
                "PublishedUtc": "{{January:O}}", "TitlePart": { "Title": "Zewnętrzny" }, "ContainedPart": { "ListContentItemId": "{{Shelf}}" } },
              { "ContentItemId": "{{Inner}}", "ContentType": "Article", "DisplayText": "Wewnętrzny", "Latest": true, "Published": true,
                "PublishedUtc": "{{February:O}}", "TitlePart": { "Title": "Wewnętrzny" }, "ContainedPart": { "ListContentItemId": "{{Outer}}" } }
            ] } ] }
            """);

        log.Events.Clear();
        await site.RunAsync<ContentManager>(m => m.UnpublishAsync(Inner));

        var events = log.Events.ToList();
        var commit = events.IndexOf(CommandLog.Commit);
        var recounts = events.FindAll(e => e.Contains("DELETE FROM \"ListIndex\"", StringComparison.Ordinal));
        Assert.Single(recounts);
        Assert.Equal(commit - 1, events.IndexOf(recounts[0]));
        Assert.Equal(kind == DatabaseKind.Postgres ? 2 : 0, Regex.Count(recounts[0], "pg_advisory_xact_lock"));
        Assert.Equal((1, January), await StatsAsync(site, Shelf));
    }

    private static Task<(int, DateTime?)> StatsAsync(TestSite site, string list) =>
        site.RunAsync<CmsDbContext, (int, DateTime?)>(async db =>
            await db.ListIndex.Where(l => l.ListContentItemId == list).Select(l => new { l.PublishedCount, l.LastActivityUtc }).FirstOrDefaultAsync() is { } row
                ? (row.PublishedCount, Utc(row.LastActivityUtc))
                : (0, null));

    private static Task<(DateTime?, int)> RowAsync(TestSite site, string item) =>
        site.RunAsync<CmsDbContext, (DateTime?, int)>(async db =>
        {
            var row = await db.ContainedIndex.Where(c => c.ContentItemId == item && c.Published).SingleAsync();
            return (Utc(row.ActivityUtc), row.ChildCount);
        });

    /// <summary>The commands a site runs, in order, and its commits among them.</summary>
    private sealed class CommandLog : DbCommandInterceptor, IDbTransactionInterceptor
    {
        public const string Commit = "COMMIT";

        public List<string> Events { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Add(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Add(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Add(Commit);
            return ValueTask.FromResult(result);
        }

        private void Add(string text)
        {
            lock (Events)
            {
                Events.Add(text);
            }
        }
    }

    /// <summary>SQLite hands dates back without their kind; they are stored as UTC.</summary>
    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}

public sealed class SqliteListIndexTests() : ListIndexTests(DatabaseKind.Sqlite);

public sealed class PostgresListIndexTests() : ListIndexTests(DatabaseKind.Postgres);
