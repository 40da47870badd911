using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The site's name and public address (the one links in mail, feeds and sitemaps use), ManageSettings.</summary>
public sealed class SettingsModel(DocumentStore documents, Transactions transactions, PermissionChecker permissions, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public string SiteName { get; set; } = "";

    [BindProperty]
    public string BaseUrl { get; set; } = "";

    /// <summary>The address fixed by configuration (<c>Cms:BaseUrl</c>), which the setting cannot change.</summary>
    public string? ConfiguredBaseUrl => PublicAddress.Normalize(configuration["Cms:BaseUrl"]);

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await permissions.HasAsync(User, "ManageSettings"))
        {
            return Forbid();
        }

        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        SiteName = settings.SiteName;
        BaseUrl = settings.BaseUrl ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await permissions.HasAsync(User, "ManageSettings"))
        {
            return Forbid();
        }

        var address = PublicAddress.Normalize(BaseUrl);
        if (string.IsNullOrWhiteSpace(SiteName))
        {
            Errors["SiteName"] = "Podaj nazwę strony.";
        }

        if (address is null)
        {
            Errors["BaseUrl"] = "Podaj pełny adres strony zaczynający się od http:// lub https://, bez parametrów, np. https://biblioteki.example.";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await transactions.RunAsync(async () =>
        {
            var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
            settings.SiteName = SiteName.Trim();
            settings.BaseUrl = address;
            await documents.SaveAsync(SiteSettings.DocumentKey, settings);
        });
        Message = "Zapisano ustawienia.";
        return RedirectToPage();
    }
}
