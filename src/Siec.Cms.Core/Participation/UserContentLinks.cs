using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Participation;

/// <summary>Reads and writes what users have to do with items (<see cref="UserContentLinkRecord"/>), one row per kind, user and item.</summary>
public sealed class UserContentLinks(CmsDbContext db, IClock clock)
{
    private readonly HashSet<(string Kind, string UserId, string ContentItemId)> _preloaded = [];
    private readonly Dictionary<(string Kind, string UserId, string ContentItemId), UserContentLinkRecord> _found = [];

    // Compiled once, each list as one parameter: the statement is the same whatever the page, and its expression is
    // not translated again on each member's request.
    private static readonly CompiledPerModel<Func<CmsDbContext, List<string>, string, List<string>, IAsyncEnumerable<UserContentLinkRecord>>> Preloaded =
        new(() => EF.CompileAsyncQuery((CmsDbContext db, List<string> kinds, string userId, List<string> items) =>
            db.UserContentLinks.AsNoTracking().Where(l => kinds.Contains(l.Kind) && l.UserId == userId && items.Contains(l.ContentItemId))));

    /// <summary>
    /// Reads the user's links of those kinds to those items in one query, for a page whose parts each ask for some (a
    /// member's follow button and unread markers): until one of them changes, they are answered from here.
    /// </summary>
    public async Task PreloadAsync(string userId, IReadOnlyCollection<(string Kind, string ContentItemId)> links)
    {
        var kinds = links.Select(l => l.Kind).Distinct().ToList();
        var items = links.Select(l => l.ContentItemId).Distinct().ToList();
        await foreach (var link in Preloaded.For(db)(db, kinds, userId, items))
        {
            _found[(link.Kind, userId, link.ContentItemId)] = link;
        }

        _preloaded.UnionWith(links.Select(l => (l.Kind, userId, l.ContentItemId)));
    }

    public async Task<UserContentLinkRecord?> GetAsync(string kind, string userId, string contentItemId) =>
        _preloaded.Contains((kind, userId, contentItemId))
            ? _found.GetValueOrDefault((kind, userId, contentItemId))
            : await db.UserContentLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Kind == kind && l.UserId == userId && l.ContentItemId == contentItemId);

    /// <summary>
    /// Creates the link or updates its value and time; a new link gets an unguessable token when asked. One upsert, so
    /// two requests setting the same link at once (a member opening a topic twice) both succeed.
    /// </summary>
    public async Task<UserContentLinkRecord> SetAsync(string kind, string userId, string contentItemId, string? value = null, bool withToken = false)
    {
        Forget(kind, userId, contentItemId);
        var now = clock.UtcNow;
        var token = withToken ? Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant() : null;
        // The same statement on SQLite and PostgreSQL; a link that exists keeps its token.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "UserContentLinks" ("Kind", "UserId", "ContentItemId", "Value", "Utc", "Token") VALUES ({kind}, {userId}, {contentItemId}, {value}, {now}, {token})
            ON CONFLICT ("Kind", "UserId", "ContentItemId") DO UPDATE SET "Value" = excluded."Value", "Utc" = excluded."Utc"
            """);
        return (await GetAsync(kind, userId, contentItemId))!;
    }

    public async Task<bool> RemoveAsync(string kind, string userId, string contentItemId)
    {
        Forget(kind, userId, contentItemId);
        return await db.UserContentLinks.Where(l => l.Kind == kind && l.UserId == userId && l.ContentItemId == contentItemId).ExecuteDeleteAsync() > 0;
    }

    public Task<UserContentLinkRecord?> ByTokenAsync(string token) =>
        db.UserContentLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Token == token);

    /// <summary>The links of a kind to any of the items, oldest first (a waiting list's order).</summary>
    public Task<List<UserContentLinkRecord>> ForItemsAsync(string kind, IReadOnlyCollection<string> contentItemIds) =>
        db.UserContentLinks.AsNoTracking().Where(l => l.Kind == kind && contentItemIds.Contains(l.ContentItemId)).OrderBy(l => l.Utc).ThenBy(l => l.Id).ToListAsync();

    /// <summary>The user's links of a kind to any of the items (a page's topics read marks).</summary>
    public async Task<List<UserContentLinkRecord>> ForUserAndItemsAsync(string kind, string userId, IReadOnlyCollection<string> contentItemIds) =>
        contentItemIds.All(id => _preloaded.Contains((kind, userId, id)))
            ? contentItemIds.Distinct().Select(id => _found.GetValueOrDefault((kind, userId, id))).OfType<UserContentLinkRecord>().ToList()
            : await ReadAsync(kind, userId, contentItemIds.ToList());

    /// <summary>How many links of a kind each of the items has (members who found a material useful).</summary>
    public async Task<Dictionary<string, int>> CountsAsync(string kind, IReadOnlyCollection<string> contentItemIds) =>
        await db.UserContentLinks.Where(l => l.Kind == kind && contentItemIds.Contains(l.ContentItemId))
            .GroupBy(l => l.ContentItemId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

    /// <summary>The items with the most links of a kind made since <paramref name="sinceUtc"/>, most first.</summary>
    public Task<List<string>> MostLinkedSinceAsync(string kind, DateTime sinceUtc, int take) =>
        db.UserContentLinks.Where(l => l.Kind == kind && l.Utc >= sinceUtc)
            .GroupBy(l => l.ContentItemId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).Take(take).ToListAsync();

    private Task<List<UserContentLinkRecord>> ReadAsync(string kind, string userId, List<string> contentItemIds) =>
        db.UserContentLinks.AsNoTracking().Where(l => l.Kind == kind && l.UserId == userId && EF.Parameter(contentItemIds).Contains(l.ContentItemId)).ToListAsync();

    private void Forget(string kind, string userId, string contentItemId)
    {
        _preloaded.Remove((kind, userId, contentItemId));
        _found.Remove((kind, userId, contentItemId));
    }
}
