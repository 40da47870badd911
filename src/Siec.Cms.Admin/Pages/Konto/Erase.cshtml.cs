using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.Privacy;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>The member erases their own account, after typing their password; their posts stay, signed "Użytkownik usunięty".</summary>
public sealed class EraseModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, PersonalData personalData) : PageModel
{
    [BindProperty]
    public string Password { get; set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await users.CheckPasswordAsync(user, Password))
        {
            Error = "Nieprawidłowe hasło – konto nie zostało usunięte.";
            return Page();
        }

        if (await personalData.RefusalAsync(user) is { } refusal)
        {
            Error = refusal;
            return Page();
        }

        await personalData.EraseAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/Login?konto=usuniete");
    }
}
