using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Siec.Cms.Admin.Pages;

/// <summary>Choosing a password from a mailed link (new member or forgotten password); the link works once.</summary>
public sealed class SetPasswordModel(UserManager<IdentityUser> users) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "u")]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "t")]
    public string Token { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password != Confirm)
        {
            Errors.Add("Hasła się różnią – wpisz to samo hasło w obu polach.");
            return Page();
        }

        var user = await users.FindByIdAsync(UserId);
        var result = user is null ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken()) : await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)
                ? "Odnośnik wygasł albo został już użyty. Poproś o nowy na stronie „Nie pamiętasz hasła?”."
                : e.Description));
            return Page();
        }

        if (!user!.EmailConfirmed)
        {
            // The link came to this address: its owner has just proven it.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return Redirect("/Login?haslo=ustawione");
    }
}
