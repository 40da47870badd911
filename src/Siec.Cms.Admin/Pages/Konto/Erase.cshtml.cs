using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Platform;
using Siec.Cms.Core.Privacy;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>
/// The member erases their own account, after typing their password; their posts stay, signed "Użytkownik usunięty".
/// On the platform this erases the person's accounts in every network they joined too; a network's account that
/// signs in with the platform's is erased in this network alone (leaving it), confirmed with the platform password.
/// </summary>
public sealed class EraseModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, PersonalData personalData, PlatformAccounts accounts, PlatformPass pass, CurrentTenant current) : PageModel
{
    public bool OnPlatform => pass.OnPlatform;

    [BindProperty]
    public string Password { get; set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var platformId = current.IsDefault ? null : await PlatformAccounts.PlatformIdOfAsync(users, user);
        var confirmed = platformId is null ? await users.CheckPasswordAsync(user, Password) : await accounts.CheckPasswordAsync(platformId, Password);
        if (!confirmed)
        {
            Error = "Nieprawidłowe hasło – konto nie zostało usunięte.";
            return Page();
        }

        var refusal = await personalData.RefusalAsync(user) ?? (current.IsDefault ? await accounts.RefusalAsync(user.Id) : null);
        if (refusal is not null)
        {
            Error = refusal;
            return Page();
        }

        if (current.IsDefault)
        {
            await accounts.EraseEverywhereAsync(user.Id);
        }

        await personalData.EraseAsync(user);
        if (platformId is not null)
        {
            await accounts.LeftAsync(platformId, current.Name);
        }

        await signIn.SignOutAsync();
        return Redirect("/Login?konto=usuniete");
    }
}
