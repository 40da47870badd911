using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Participation;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The moderators' queue of reported items: what, why, by whom; dismissing a report clears it.</summary>
public sealed class ReportsModel(CmsDbContext db, ContentQuery query, UserManager<IdentityUser> users, PermissionChecker permissions, Transactions transactions) : PageModel
{
    public List<(ContentItem Item, List<(string Reporter, string Reason, DateTime Utc)> Reports)> Items { get; } = [];

    public async Task OnGetAsync()
    {
        var reports = await db.UserContentLinks.AsNoTracking().Where(l => l.Kind == LinkKinds.Report).OrderBy(l => l.Utc).ToListAsync();
        foreach (var group in reports.GroupBy(r => r.ContentItemId))
        {
            if (await query.GetAsync(group.Key, VersionOptions.Latest) is not { } item || !await permissions.CanAsync(User, "Publish", item.ContentType, item))
            {
                continue;
            }

            var list = new List<(string, string, DateTime)>();
            foreach (var report in group)
            {
                list.Add(((await users.FindByIdAsync(report.UserId))?.UserName ?? "?", report.Value ?? "", report.Utc));
            }

            Items.Add((item, list));
        }
    }

    public async Task<IActionResult> OnPostDismissAsync(string id)
    {
        if (await query.GetAsync(id, VersionOptions.Latest) is not { } item)
        {
            return NotFound();
        }

        if (!await permissions.CanAsync(User, "Publish", item.ContentType, item))
        {
            return Forbid();
        }

        await transactions.RunAsync(() => db.UserContentLinks.Where(l => l.Kind == LinkKinds.Report && l.ContentItemId == id).ExecuteDeleteAsync());
        return RedirectToPage();
    }
}
