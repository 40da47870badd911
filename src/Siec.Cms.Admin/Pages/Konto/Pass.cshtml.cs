using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Siec.Cms.Admin.Platform;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Privacy;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>
/// On the platform: sends the signed-in person to a network with a one-minute pass made for that network alone. The
/// network's address comes from the list of networks, never from the request; the landing path is a local path. A
/// passage not begun on the network (no state) is sent there to begin, so that the pass is bound to the browser.
/// </summary>
public sealed class PassModel(UserManager<IdentityUser> users, PlatformPass pass, ContentQuery query, IOptions<AccountOptions> accountOptions) : PageModel
{
    public string Error { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? siec, string? cel, string? stan)
    {
        if (!pass.OnPlatform)
        {
            return NotFound();
        }

        if (await pass.NetworkAsync(siec ?? "") is not { } network)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Error = "Nie ma takiej sieci albo jest ona czasowo wyłączona.";
            return Page();
        }

        var user = await users.GetUserAsync(User);
        var name = user is not null && accountOptions.Value.ProfileType is { } profileType ? (await query.OwnedAsync(profileType, user.Id))?.DisplayText : null;
        if (user is null || await PlatformAccounts.IdentityAsync(users, user, name) is not { } who)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Error = "To konto nie ma jeszcze ustawionego hasła albo potwierdzonego adresu e-mail, więc nie może logować w sieciach.";
            return Page();
        }

        var landing = Uri.EscapeDataString(PlatformPass.LocalPath(cel));
        return !PlatformPass.IsState(stan)
            ? Redirect($"{network.Address}/konto/platforma?cel={landing}")
            : Redirect($"{network.Address}{PlatformPass.ArrivalPath}?t={Uri.EscapeDataString(pass.Issue(network.Name, who, stan!))}&cel={landing}");
    }
}
