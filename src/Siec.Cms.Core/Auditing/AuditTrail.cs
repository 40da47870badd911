using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Auditing;

/// <summary>Who did what to which item, and why: written with the change, read by the admin.</summary>
public sealed class AuditTrail(CmsDbContext db, ContentUser user, IClock clock)
{
    /// <summary>Records an action on an item as the current user, in the open transaction.</summary>
    public async Task RecordAsync(ContentItem item, string action, string? reason = null)
    {
        db.AuditEvents.Add(Event(item, action, reason));
        await db.SaveChangesAsync();
    }

    /// <summary>Records many actions (an import's batch) in bulk.</summary>
    public Task RecordAllAsync(IEnumerable<(ContentItem Item, string Action)> actions) =>
        db.InsertAllAsync(actions.Select(a => Event(a.Item, a.Action, reason: null)).ToList());

    private AuditEventRecord Event(ContentItem item, string action, string? reason) => new()
    {
        Utc = clock.UtcNow,
        Action = action,
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        ContentType = item.ContentType,
        DisplayText = item.DisplayText,
        UserId = user.UserId,
        UserName = user.UserName,
        Reason = reason,
    };

    /// <summary>The newest events first, at most <paramref name="take"/>, filtered by whichever of user, action and item is given.</summary>
    public Task<List<AuditEventRecord>> FindAsync(string? userName, string? action, string? contentItemId, int take)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(userName))
        {
            query = query.Where(e => e.UserName == userName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(contentItemId))
        {
            query = query.Where(e => e.ContentItemId == contentItemId.Trim());
        }

        return query.OrderByDescending(e => e.Id).Take(take).ToListAsync();
    }

    /// <summary>
    /// For each item, its latest event among sending for review and the decisions on it (the state an author sees):
    /// read for a page of items, not the whole trail.
    /// </summary>
    public async Task<Dictionary<string, AuditEventRecord>> LastDecisionsAsync(IReadOnlyCollection<string> contentItemIds)
    {
        string[] actions = [AuditActions.Submitted, AuditActions.ChangesRequested, AuditActions.Rejected, AuditActions.Published, AuditActions.Created];
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => contentItemIds.Contains(e.ContentItemId) && actions.Contains(e.Action))
            .GroupBy(e => e.ContentItemId).Select(g => g.OrderByDescending(e => e.Id).First()).ToListAsync();
        return events.ToDictionary(e => e.ContentItemId);
    }
}
