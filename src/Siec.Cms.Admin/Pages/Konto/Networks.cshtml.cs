using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Siec.Cms.Admin.Platform;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>On the platform: the networks the person has joined with their platform account, each a pass away.</summary>
public sealed class NetworksModel(UserManager<IdentityUser> users, PlatformAccounts accounts, PlatformPass pass, IOptions<TenancyOptions> options) : PageModel
{
    public IReadOnlyList<TenantSettings> Networks { get; private set; } = [];

    public string AddressOf(TenantSettings network) => options.Value.AddressOf(network);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!pass.OnPlatform)
        {
            return NotFound();
        }

        Networks = await accounts.NetworksAsync(users.GetUserId(User)!);
        return Page();
    }
}
