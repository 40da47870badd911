using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>Schedules publishing and unpublishing of an item, and carries out what is due.</summary>
public sealed class ContentScheduler(CmsDbContext db, ContentManager manager, ContentUser user, IClock clock)
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";

    /// <summary>Replaces the item's schedule: null leaves that action unscheduled.</summary>
    public async Task ScheduleAsync(string contentItemId, DateTime? publishUtc, DateTime? unpublishUtc)
    {
        await db.ScheduledActions.Where(s => s.ContentItemId == contentItemId).ExecuteDeleteAsync();
        foreach (var (action, due) in new[] { (Publish, publishUtc), (Unpublish, unpublishUtc) })
        {
            if (due is { } utc)
            {
                db.ScheduledActions.Add(new ScheduledActionRecord { ContentItemId = contentItemId, Action = action, DueUtc = utc });
            }
        }

        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<ScheduledActionRecord>> ForAsync(string contentItemId) =>
        await db.ScheduledActions.AsNoTracking().Where(s => s.ContentItemId == contentItemId).ToListAsync();

    /// <summary>Publishes or unpublishes every item whose time has come; returns how many actions ran.</summary>
    public async Task<int> RunDueAsync()
    {
        var now = clock.UtcNow;
        var due = await db.ScheduledActions.Where(s => s.DueUtc <= now).OrderBy(s => s.DueUtc).ToListAsync();
        user.UserName ??= "harmonogram";
        foreach (var action in due)
        {
            if (action.Action == Publish && await manager.GetAsync(action.ContentItemId, VersionOptions.Latest) is { } latest)
            {
                await manager.PublishAsync(latest);
            }
            else if (action.Action == Unpublish)
            {
                await manager.UnpublishAsync(action.ContentItemId);
            }

            await db.ScheduledActions.Where(s => s.Id == action.Id).ExecuteDeleteAsync();
        }

        return due.Count;
    }
}
