using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Platform;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>
/// On a network: a person arrives from the platform with a pass. A member is signed in to their account here (with
/// this network's roles); anyone else gets the join form filled from their platform account.
/// </summary>
[AllowAnonymous]
public sealed class ArrivalModel(
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, PlatformPass pass, PlatformAccounts accounts, CurrentTenant current, IEnumerable<IPlatformNewcomer> newcomers) : PageModel
{
    public string Error { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? t, string? cel)
    {
        if (!pass.OnNetwork)
        {
            return NotFound();
        }

        var state = Request.Cookies[PlatformPass.StateCookie];
        Response.Cookies.Delete(PlatformPass.StateCookie, new CookieOptions { Path = PlatformPass.StateCookiePath(Request) });
        if (await pass.RedeemAsync(current.Name, t, state) is not { } who)
        {
            return Refuse(StatusCodes.Status400BadRequest,
                "Przepustka z platformy jest nieważna: wygasła, została już użyta albo logowanie zaczęto w innej przeglądarce. Zacznij jeszcze raz.");
        }

        if (await PlatformAccounts.LocalAccountAsync(users, who) is not { } user)
        {
            foreach (var newcomer in newcomers)
            {
                if (await newcomer.JoinPageAsync(HttpContext, who) is { } html)
                {
                    return Content(html, "text/html; charset=utf-8");
                }
            }

            return Refuse(StatusCodes.Status403Forbidden, "Nie należysz do tej sieci, a sieć nie przyjmuje teraz zgłoszeń.");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return Refuse(StatusCodes.Status403Forbidden, "Twoje konto w tej sieci jest zablokowane. Skontaktuj się z koordynatorem sieci.");
        }

        await signIn.SignInAsync(user, isPersistent: false);
        await accounts.JoinedAsync(who.UserId, current.Name);
        return LocalRedirect(PlatformPass.LocalPath(cel));
    }

    private PageResult Refuse(int status, string error)
    {
        Response.StatusCode = status;
        Error = error;
        return Page();
    }
}
