using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Auditing;

/// <summary>Drafts sent for review: those whose last recorded change is a request for review, oldest request first.</summary>
public sealed class ReviewQueue(CmsDbContext db, ContentQuery query)
{
    private Task<IReadOnlyList<ContentItem>>? _list;

    /// <summary>
    /// Read once a request: the admin menu's count and the page (the dashboard, the queue itself) both ask. A request
    /// that decides on a draft redirects, so the next request reads the queue afresh.
    /// </summary>
    public Task<IReadOnlyList<ContentItem>> ListAsync() => _list ??= LoadAsync();

    private async Task<IReadOnlyList<ContentItem>> LoadAsync()
    {
        // Requests for review with nothing recorded after them: read through the indexes, never the whole trail.
        var waiting = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.Submitted && !db.AuditEvents.Any(later => later.ContentItemId == e.ContentItemId && later.Id > e.Id))
            .OrderBy(e => e.Id).Select(e => e.ContentItemId).ToListAsync();
        var items = new List<ContentItem>();
        foreach (var id in waiting)
        {
            if (await query.GetAsync(id, VersionOptions.Latest) is { Published: false } draft)
            {
                items.Add(draft);
            }
        }

        return items;
    }
}
