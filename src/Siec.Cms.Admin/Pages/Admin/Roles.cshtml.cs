using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>Each role's permissions as checkboxes: the global ones and the per-type ones of every Securable type (ManageRoles).</summary>
public sealed class RolesModel(RoleService roles, ContentDefinitionManager definitions, PermissionChecker checker) : PageModel
{
    public List<RoleDefinition> Roles { get; private set; } = [];

    public List<string> Permissions { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await checker.HasAsync(User, "ManageRoles"))
        {
            return Forbid();
        }

        Roles = (await roles.LoadAsync()).Roles;
        var types = (await definitions.LoadAsync()).ContentTypes.Where(t => t.TypeSettings.Securable).Select(t => t.Name).Order();
        Permissions = Core.Security.Permissions.Global.Order().Concat(types.SelectMany(ContentTypePermissions.For)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string[] granted)
    {
        if (!await checker.HasAsync(User, "ManageRoles"))
        {
            return Forbid();
        }

        var role = (await roles.LoadAsync()).Find(name);
        if (role is null)
        {
            return NotFound();
        }

        role.Permissions = granted.Distinct().ToList();
        await roles.SaveAsync(role);
        Message = $"Zapisano uprawnienia roli {name}.";
        return RedirectToPage();
    }
}
