using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The audit trail: who created, changed, published, unpublished, deleted or restored what, filterable (ViewAuditTrail).</summary>
public sealed class AuditModel(CmsDbContext db, PermissionChecker permissions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "item")]
    public string? ItemFilter { get; set; }

    public IReadOnlyList<AuditEventRecord> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await permissions.HasAsync(User, "ViewAuditTrail"))
        {
            return Forbid();
        }

        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserFilter))
        {
            query = query.Where(e => e.UserName == UserFilter.Trim());
        }

        if (!string.IsNullOrWhiteSpace(ActionFilter))
        {
            query = query.Where(e => e.Action == ActionFilter);
        }

        if (!string.IsNullOrWhiteSpace(ItemFilter))
        {
            query = query.Where(e => e.ContentItemId == ItemFilter.Trim());
        }

        Events = await query.OrderByDescending(e => e.Id).Take(200).ToListAsync();
        return Page();
    }
}
