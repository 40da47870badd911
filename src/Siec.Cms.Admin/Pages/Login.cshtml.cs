using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Platform;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages;

/// <summary>Sign-in with Identity: failed attempts count towards a lockout, and the page is rate limited per address.</summary>
public sealed class LoginModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, PermissionChecker permissions, SignInLockout lockout,
    PlatformPass pass) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>On a network of a platform: signing in with the platform's account instead of this network's password.</summary>
    public string? PlatformLogin => pass.OnNetwork
        ? $"/konto/platforma?cel={Uri.EscapeDataString(PlatformPass.LocalPath(ReturnUrl))}"
        : null;

    public async Task<IActionResult> OnPostAsync()
    {
        // Members may sign in with their e-mail address as well as their user name.
        if (UserName.Contains('@') && await users.FindByEmailAsync(UserName.Trim()) is { UserName: { } byEmail })
        {
            UserName = byEmail;
        }

        var user = await users.FindByNameAsync(UserName);
        var wasLocked = user is not null && await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await lockout.SignedInAsync(user!);
            if (Url.IsLocalUrl(ReturnUrl))
            {
                return LocalRedirect(ReturnUrl!);
            }

            // Members have no admin: they land on their account page.
            var principal = await signIn.CreateUserPrincipalAsync(user!);
            return LocalRedirect(await permissions.HasAsync(principal, "AccessAdminPanel") ? "/Admin" : "/konto");
        }

        if (result.IsLockedOut && !wasLocked && user is not null)
        {
            await lockout.LockedAsync(user);
        }

        var lockedUntil = user is null ? null : (await users.FindByIdAsync(user.Id))?.LockoutEnd;
        Error = !result.IsLockedOut
            ? "Nieprawidłowa nazwa użytkownika lub hasło."
            : lockedUntil == DateTimeOffset.MaxValue
                ? "Konto jest wyłączone. Skontaktuj się z administratorem sieci."
                : $"Konto jest czasowo zablokowane po zbyt wielu nieudanych próbach logowania. Spróbuj ponownie za {Math.Max(1, (int)Math.Ceiling(((lockedUntil ?? DateTimeOffset.UtcNow) - DateTimeOffset.UtcNow).TotalMinutes))} min. Wysłaliśmy też wiadomość do właściciela konta.";
        return Page();
    }
}
