using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Participation;

/// <summary>Reads and writes what users have to do with items (<see cref="UserContentLinkRecord"/>), one row per kind, user and item.</summary>
public sealed class UserContentLinks(CmsDbContext db, IClock clock)
{
    public Task<UserContentLinkRecord?> GetAsync(string kind, string userId, string contentItemId) =>
        db.UserContentLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Kind == kind && l.UserId == userId && l.ContentItemId == contentItemId);

    /// <summary>
    /// Creates the link or updates its value and time; a new link gets an unguessable token when asked. One upsert, so
    /// two requests setting the same link at once (a member opening a topic twice) both succeed.
    /// </summary>
    public async Task<UserContentLinkRecord> SetAsync(string kind, string userId, string contentItemId, string? value = null, bool withToken = false)
    {
        var now = clock.UtcNow;
        var token = withToken ? Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant() : null;
        // The same statement on SQLite and PostgreSQL; a link that exists keeps its token.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "UserContentLinks" ("Kind", "UserId", "ContentItemId", "Value", "Utc", "Token") VALUES ({kind}, {userId}, {contentItemId}, {value}, {now}, {token})
            ON CONFLICT ("Kind", "UserId", "ContentItemId") DO UPDATE SET "Value" = excluded."Value", "Utc" = excluded."Utc"
            """);
        return (await GetAsync(kind, userId, contentItemId))!;
    }

    public async Task<bool> RemoveAsync(string kind, string userId, string contentItemId) =>
        await db.UserContentLinks.Where(l => l.Kind == kind && l.UserId == userId && l.ContentItemId == contentItemId).ExecuteDeleteAsync() > 0;

    public Task<UserContentLinkRecord?> ByTokenAsync(string token) =>
        db.UserContentLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Token == token);

    /// <summary>The links of a kind to any of the items, oldest first (a waiting list's order).</summary>
    public Task<List<UserContentLinkRecord>> ForItemsAsync(string kind, IReadOnlyCollection<string> contentItemIds) =>
        db.UserContentLinks.AsNoTracking().Where(l => l.Kind == kind && contentItemIds.Contains(l.ContentItemId)).OrderBy(l => l.Utc).ThenBy(l => l.Id).ToListAsync();

    /// <summary>The user's links of a kind to any of the items (a page's topics read marks).</summary>
    public Task<List<UserContentLinkRecord>> ForUserAndItemsAsync(string kind, string userId, IReadOnlyCollection<string> contentItemIds) =>
        db.UserContentLinks.AsNoTracking().Where(l => l.Kind == kind && l.UserId == userId && contentItemIds.Contains(l.ContentItemId)).ToListAsync();

    /// <summary>How many links of a kind each of the items has (members who found a material useful).</summary>
    public async Task<Dictionary<string, int>> CountsAsync(string kind, IReadOnlyCollection<string> contentItemIds) =>
        await db.UserContentLinks.Where(l => l.Kind == kind && contentItemIds.Contains(l.ContentItemId))
            .GroupBy(l => l.ContentItemId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

    /// <summary>The items with the most links of a kind made since <paramref name="sinceUtc"/>, most first.</summary>
    public Task<List<string>> MostLinkedSinceAsync(string kind, DateTime sinceUtc, int take) =>
        db.UserContentLinks.Where(l => l.Kind == kind && l.Utc >= sinceUtc)
            .GroupBy(l => l.ContentItemId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).Take(take).ToListAsync();
}
