using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Siec.Cms.Admin.Settings;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>
/// The site's name and public address (the one links in mail, feeds and sitemaps use), the settings modules add
/// (<see cref="SiteSettingField"/>) and the main menu's links; ManageSettings. A refused form keeps what was typed.
/// </summary>
public sealed class SettingsModel(
    DocumentStore documents, Transactions transactions, PermissionChecker permissions, IConfiguration configuration, MainMenu menu, IEnumerable<SiteSettingField> fields)
    : PageModel
{
    /// <summary>Empty rows under the menu's links, for new ones.</summary>
    private const int NewRows = 3;

    [BindProperty]
    public string SiteName { get; set; } = "";

    [BindProperty]
    public string BaseUrl { get; set; } = "";

    [BindProperty]
    public Dictionary<string, string?> Extra { get; set; } = [];

    [BindProperty]
    public List<MenuRow> MenuRows { get; set; } = [];

    public IReadOnlyList<SiteSettingField> Fields { get; } = fields.ToList();

    /// <summary>The address fixed by configuration (<c>Cms:BaseUrl</c>), which the setting cannot change.</summary>
    public string? ConfiguredBaseUrl => PublicAddress.Normalize(configuration["Cms:BaseUrl"]);

    public Dictionary<string, string> Errors { get; } = [];

    public List<string> MenuErrors { get; } = [];

    [TempData]
    public string? Message { get; set; }

    public sealed class MenuRow
    {
        public string? Text { get; set; }

        public string? Url { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await permissions.HasAsync(User, "ManageSettings"))
        {
            return Forbid();
        }

        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        SiteName = settings.SiteName;
        BaseUrl = settings.BaseUrl ?? "";
        Extra = Fields.ToDictionary(f => f.Key, f => settings.Properties[f.Key]?.GetValue<string>());
        MenuRows = (await menu.LoadAsync(VersionOptions.Latest)).Select(l => new MenuRow { Text = l.Text, Url = l.Url }).ToList();
        AddEmptyRows();
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

        // Check boxes send one value each under the same name.
        var values = Fields.ToDictionary(f => f.Key, f => f.Kind == SiteSettingKind.Choices
            ? string.Join(",", Request.Form[$"Extra[{f.Key}]"].Where(v => !string.IsNullOrEmpty(v)))
            : (Extra.GetValueOrDefault(f.Key) ?? "").Trim());
        Extra = values.ToDictionary(v => v.Key, v => (string?)v.Value);
        foreach (var field in Fields)
        {
            if (field.Problem(values[field.Key]) is { } problem)
            {
                Errors[field.Key] = problem;
            }
        }

        var links = MenuRows.Where(r => !string.IsNullOrWhiteSpace(r.Text) || !string.IsNullOrWhiteSpace(r.Url))
            .Select(r => new MainMenu.Link((r.Text ?? "").Trim(), (r.Url ?? "").Trim())).ToList();
        MenuErrors.AddRange(MainMenu.Problems(links));
        if (Errors.Count > 0 || MenuErrors.Count > 0)
        {
            AddEmptyRows();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var changedMenu = !links.SequenceEqual(await menu.LoadAsync(VersionOptions.Latest));
        await transactions.RunAsync(async () =>
        {
            var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
            settings.SiteName = SiteName.Trim();
            settings.BaseUrl = address;
            foreach (var (key, value) in values)
            {
                if (value.Length == 0)
                {
                    settings.Properties.Remove(key);
                }
                else
                {
                    settings.Properties[key] = value;
                }
            }

            await documents.SaveAsync(SiteSettings.DocumentKey, settings);
            if (changedMenu)
            {
                await menu.SaveAsync(links);
            }
        });
        Message = "Zapisano ustawienia.";
        return RedirectToPage();
    }

    private void AddEmptyRows()
    {
        MenuRows = MenuRows.Where(r => !string.IsNullOrWhiteSpace(r.Text) || !string.IsNullOrWhiteSpace(r.Url)).ToList();
        MenuRows.AddRange(Enumerable.Range(0, NewRows).Select(_ => new MenuRow()));
    }
}
