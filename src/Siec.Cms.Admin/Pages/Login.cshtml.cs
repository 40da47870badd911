using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages;

/// <summary>Sign-in with Identity: failed attempts count towards a lockout, and the page is rate limited per address.</summary>
public sealed class LoginModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, PermissionChecker permissions) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        // Members may sign in with their e-mail address as well as their user name.
        if (UserName.Contains('@') && await users.FindByEmailAsync(UserName.Trim()) is { UserName: { } byEmail })
        {
            UserName = byEmail;
        }

        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (Url.IsLocalUrl(ReturnUrl))
            {
                return LocalRedirect(ReturnUrl!);
            }

            // Members have no admin: they land on their account page.
            var principal = await signIn.CreateUserPrincipalAsync((await users.FindByNameAsync(UserName))!);
            return LocalRedirect(await permissions.HasAsync(principal, "AccessAdminPanel") ? "/Admin" : "/konto");
        }

        Error = !result.IsLockedOut
            ? "Nieprawidłowa nazwa użytkownika lub hasło."
            : (await users.FindByNameAsync(UserName))?.LockoutEnd == DateTimeOffset.MaxValue
                ? "Konto jest wyłączone. Skontaktuj się z administratorem sieci."
                : "Konto jest czasowo zablokowane po zbyt wielu nieudanych próbach logowania. Spróbuj ponownie za 15 minut.";
        return Page();
    }
}
