using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Security;
using Siec.Network.Forum;

namespace Siec.Network.Pages.Admin;

/// <summary>The moderators' queue of reported items (see <see cref="ForumReports"/>), each shown only to who may publish it.</summary>
public sealed class ReportsModel(ForumReports reports, ContentQuery query, PermissionChecker permissions) : PageModel
{
    public List<(ContentItem Item, List<ForumReports.Report> Reports)> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await reports.ListAsync(item => permissions.CanAsync(User, "Publish", item.ContentType, item));

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

        await reports.DismissAsync(id);
        return RedirectToPage();
    }
}
