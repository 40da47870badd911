using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The reviewers' queue: drafts sent for review that the user may publish.</summary>
public sealed class ReviewModel(ReviewQueue queue, PermissionChecker permissions) : PageModel
{
    public List<ContentItem> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await permissions.FilterAsync(User, "Publish", await queue.ListAsync());
}
