using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Platform;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>The account's menu: on the platform it lists the person's networks; a network's account linked to the platform is left, not erased.</summary>
public sealed class IndexModel(UserManager<IdentityUser> users, PlatformPass pass) : PageModel
{
    public bool OnPlatform { get; private set; }

    /// <summary>The platform's account page, when this network's account signs in with the platform's.</summary>
    public string? PlatformAccount { get; private set; }

    public async Task OnGetAsync()
    {
        OnPlatform = pass.OnPlatform;
        if (pass.OnNetwork && await users.GetUserAsync(User) is { } user
            && await PlatformAccounts.PlatformIdOfAsync(users, user) is not null)
        {
            PlatformAccount = pass.PlatformAddress + "/konto";
        }
    }
}
