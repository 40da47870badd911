using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;

namespace Siec.Network.Forum;

/// <summary>The moderators' queue of reported posts: what, why, by whom; dismissing clears every report of a post.</summary>
public sealed class ForumReports(CmsDbContext db, ContentQuery query, UserManager<IdentityUser> users, Transactions transactions)
{
    public sealed record Report(string Reporter, string Reason, DateTime Utc);

    /// <summary>Each reported item (latest version) with its reports, oldest first, that <paramref name="mayModerate"/> allows.</summary>
    public async Task<List<(ContentItem Item, List<Report> Reports)>> ListAsync(Func<ContentItem, Task<bool>> mayModerate)
    {
        var items = new List<(ContentItem, List<Report>)>();
        var reports = await db.UserContentLinks.AsNoTracking().Where(l => l.Kind == ForumLinks.Report).OrderBy(l => l.Utc).ToListAsync();
        foreach (var group in reports.GroupBy(r => r.ContentItemId))
        {
            if (await query.GetAsync(group.Key, VersionOptions.Latest) is not { } item || !await mayModerate(item))
            {
                continue;
            }

            var list = new List<Report>();
            foreach (var report in group)
            {
                list.Add(new Report((await users.FindByIdAsync(report.UserId))?.UserName ?? "?", report.Value ?? "", report.Utc));
            }

            items.Add((item, list));
        }

        return items;
    }

    public Task DismissAsync(string contentItemId) =>
        transactions.RunAsync(() => db.UserContentLinks.Where(l => l.Kind == ForumLinks.Report && l.ContentItemId == contentItemId).ExecuteDeleteAsync());
}
