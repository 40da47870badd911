using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Auditing;

/// <summary>Drafts sent for review: those whose last recorded change is a request for review, oldest request first.</summary>
public sealed class ReviewQueue(CmsDbContext db, ContentQuery query)
{
    public async Task<IReadOnlyList<ContentItem>> ListAsync()
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
