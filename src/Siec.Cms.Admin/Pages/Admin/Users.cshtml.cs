using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Privacy;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>Accounts: search, create with roles, change roles, disable and enable, send a password link, erase (ManageUsers).</summary>
public sealed class UsersModel(UserManager<IdentityUser> users, RoleService roles, PermissionChecker permissions, PasswordLinks passwordLinks, PersonalData personalData,
    PublicAddress address) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    public List<(IdentityUser User, IList<string> Roles, bool Disabled)> Users { get; } = [];

    public List<string> RoleNames { get; private set; } = [];

    public List<string> Errors { get; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync() => await AllowedAsync() ? await ShowAsync() : Forbid();

    public async Task<IActionResult> OnPostCreateAsync(string[] roles)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        // The address is typed by the administrator, not proven by its owner: it counts as confirmed once a password is
        // set from a link mailed there (a platform account carries its address to every network).
        var user = new IdentityUser { UserName = UserName.Trim(), Email = Email.Trim(), EmailConfirmed = false };
        var created = await users.CreateAsync(user, NewPassword);
        if (!created.Succeeded)
        {
            Errors.AddRange(created.Errors.Select(e => e.Description));
            return await ShowAsync();
        }

        await users.AddToRolesAsync(user, roles.Intersect(await KnownRolesAsync()));
        Message = $"Utworzono konto {user.UserName}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, string[] roles)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var wanted = roles.Intersect(await KnownRolesAsync()).ToList();
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        // A new stamp signs the account out everywhere, so the old roles stop working at the next request.
        await users.UpdateSecurityStampAsync(user);
        Message = $"Zapisano role konta {user.UserName}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleAsync(string id)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var disabled = await users.GetLockoutEndDateAsync(user) > DateTimeOffset.UtcNow;
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? null : DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        Message = disabled ? $"Włączono konto {user.UserName}." : $"Wyłączono konto {user.UserName}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync(string id)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(user.Email))
        {
            Message = $"Konto {user.UserName} nie ma adresu e-mail – nie można wysłać odnośnika.";
            return RedirectToPage();
        }

        await passwordLinks.MailAsync(user, await address.BaseUrlAsync());
        Message = $"Wysłano odnośnik do ustawienia hasła na adres {user.Email}.";
        return RedirectToPage();
    }

    /// <summary>Erases an account and its personal data (RODO art. 17); what the person wrote stays, unsigned.</summary>
    public async Task<IActionResult> OnPostEraseAsync(string id, string confirm)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (confirm != user.UserName)
        {
            Message = $"Nie usunięto konta: aby potwierdzić, wpisz dokładnie jego nazwę ({user.UserName}).";
            return RedirectToPage();
        }

        if (await personalData.RefusalAsync(user) is { } refusal)
        {
            Message = "Nie usunięto konta: " + refusal;
            return RedirectToPage();
        }

        await personalData.EraseAsync(user);
        Message = "Usunięto konto i dane osobowe użytkownika.";
        return RedirectToPage();
    }

    private Task<bool> AllowedAsync() => permissions.HasAsync(User, "ManageUsers");

    private async Task<List<string>> KnownRolesAsync() =>
        (await roles.LoadAsync()).Roles.Select(r => r.Name).Where(r => r is not ("Anonymous" or "Authenticated")).ToList();

    private async Task<IActionResult> ShowAsync()
    {
        RoleNames = await KnownRolesAsync();
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(text) || u.NormalizedEmail!.Contains(text));
        }

        foreach (var user in await query.OrderBy(u => u.UserName).Take(200).ToListAsync())
        {
            Users.Add((user, await users.GetRolesAsync(user), user.LockoutEnd > DateTimeOffset.UtcNow));
        }

        return Page();
    }
}
