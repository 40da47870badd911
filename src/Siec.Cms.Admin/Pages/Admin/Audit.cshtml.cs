using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The audit trail: who created, changed, published, unpublished, deleted or restored what, filterable (ViewAuditTrail).</summary>
public sealed class AuditModel(AuditTrail trail, PermissionChecker permissions) : PageModel
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

        Events = await trail.FindAsync(UserFilter, ActionFilter, ItemFilter, take: 200);
        return Page();
    }
}
