using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Platform;
using Siec.Cms.Core.Privacy;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Pages.Konto;

/// <summary>
/// Everything stored about the signed-in user (RODO art. 15 and 20): as a page and as a JSON download. On the platform
/// it includes what every network the person joined holds about them.
/// </summary>
public sealed class DataModel(UserManager<IdentityUser> users, PersonalData personalData, PlatformAccounts accounts, CurrentTenant current) : PageModel
{
    public JsonObject Export { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Export = await ExportAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var json = (await ExportAsync(user)).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", "moje-dane.json");
    }

    private async Task<JsonObject> ExportAsync(IdentityUser user)
    {
        var export = await personalData.ExportAsync(user);
        if (current.IsDefault)
        {
            export["Sieci"] = await accounts.ExportAsync(user.Id);
        }

        return export;
    }
}
