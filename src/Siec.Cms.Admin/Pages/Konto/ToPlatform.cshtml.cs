using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Platform;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>
/// On a network: begins signing in with the platform account. The browser gets this passage's random state in a
/// cookie that only the arrival page receives, and goes to the platform with it.
/// </summary>
[AllowAnonymous]
public sealed class ToPlatformModel(PlatformPass pass, CurrentTenant current) : PageModel
{
    public IActionResult OnGet(string? cel)
    {
        if (!pass.OnNetwork)
        {
            return NotFound();
        }

        var state = PlatformPass.NewState();
        Response.Cookies.Append(PlatformPass.StateCookie, state, new CookieOptions
        {
            HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, Path = PlatformPass.StateCookiePath(Request), MaxAge = TimeSpan.FromMinutes(10), IsEssential = true,
        });
        return Redirect($"{pass.PlatformAddress}/konto/przepustka?siec={current.Name}&cel={Uri.EscapeDataString(PlatformPass.LocalPath(cel))}&stan={state}");
    }
}
