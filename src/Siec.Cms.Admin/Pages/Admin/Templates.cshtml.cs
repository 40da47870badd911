using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Display.Templates;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>
/// Orchard's Templates: Liquid templates kept in the database that take the place of the theme's file of the same
/// shape, so a coordinator changes a page's look without a deployment. ManageTemplates. A template is parsed before
/// it is saved (an error names line and column, and keeps what was typed); a preview draws the newest item of a type
/// with the unsaved text.
/// </summary>
public sealed partial class TemplatesModel(
    DocumentStore documents, Transactions transactions, PermissionChecker permissions, ContentDefinitionManager definitions,
    ContentQuery query, ContentDisplay display, IOptions<ThemeOptions> theme) : PageModel
{
    private const string Permission = "ManageTemplates";
    private const int MaxLength = 200_000;

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? Description { get; set; }

    /// <summary>The template's Liquid text (not <c>Content</c>, which is PageModel's method).</summary>
    [BindProperty]
    public string Source { get; set; } = "";

    [BindProperty]
    public string? PreviewType { get; set; }

    public IReadOnlyDictionary<string, StoredTemplate> Stored { get; private set; } = new Dictionary<string, StoredTemplate>();

    /// <summary>Shape names of the theme's templates, offered when naming a new one.</summary>
    public IReadOnlyList<string> ThemeShapes { get; private set; } = [];

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Whether the form edits a stored template (its name fixed) rather than adding one.</summary>
    public bool Editing { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? name)
    {
        if (!await permissions.HasAsync(User, Permission))
        {
            return Forbid();
        }

        await LoadAsync();
        if (name is not null && Stored.TryGetValue(name, out var template))
        {
            (Name, Description, Source, Editing) = (name, template.Description, template.Content, true);
        }
        else if (name is not null && TemplateNames.IsValid(name) && ThemeShapes.Contains(name))
        {
            // A new override starts from the theme's own text.
            (Name, Source) = (name, await System.IO.File.ReadAllTextAsync(ViewPath(name)));
        }

        PreviewType ??= TypeOf(Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await permissions.HasAsync(User, Permission))
        {
            return Forbid();
        }

        if (!Check())
        {
            return await RefusedAsync();
        }

        await transactions.RunAsync(async () =>
        {
            var document = await documents.GetAsync<StoredTemplates>(StoredTemplates.SiteKey);
            document.Templates[Name] = new StoredTemplate { Content = Source, Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim() };
            await documents.SaveAsync(StoredTemplates.SiteKey, document);
        });
        Message = $"Zapisano szablon {Name}. Strony, które go używają, mają już nowy wygląd.";
        return RedirectToPage(new { name = Name });
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await permissions.HasAsync(User, Permission))
        {
            return Forbid();
        }

        var removed = false;
        await transactions.RunAsync(async () =>
        {
            var document = await documents.GetAsync<StoredTemplates>(StoredTemplates.SiteKey);
            removed = document.Templates.Remove(Name);
            await documents.SaveAsync(StoredTemplates.SiteKey, document);
        });
        Message = removed ? $"Usunięto szablon {Name}: strony wracają do szablonu motywu." : $"Szablonu {Name} już nie było.";
        return RedirectToPage(new { name = (string?)null });
    }

    /// <summary>
    /// Draws the newest published item of the chosen type with the unsaved template, inside the site's layout. The
    /// draft joins this request's copy of the stored templates only: nothing is saved.
    /// </summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!await permissions.HasAsync(User, Permission))
        {
            return Forbid();
        }

        if (!Check())
        {
            return await RefusedAsync();
        }

        var type = PreviewType is { Length: > 0 } chosen && (await definitions.GetTypeAsync(chosen)) is not null ? chosen : TypeOf(Name);
        if (type is null || (await query.NewestAsync(type, 1)).FirstOrDefault() is not { } item)
        {
            Errors[nameof(PreviewType)] = "Wybierz typ treści, który ma choć jedną opublikowaną pozycję: na niej pokażemy podgląd.";
            return await RefusedAsync();
        }

        var stored = await documents.GetAsync<StoredTemplates>(StoredTemplates.SiteKey);
        stored.Templates[Name] = new StoredTemplate { Content = Source };
        var body = await display.RenderItemAsync(item, DisplayTypeOf(Name) ?? "Detail");
        var html = await display.RenderPageAsync(body, new PageMeta($"Podgląd szablonu {Name}"), item.Url ?? "/");
        return Content(html, "text/html; charset=utf-8");
    }

    private bool Check()
    {
        Name = (Name ?? "").Trim();
        if (!TemplateNames.IsValid(Name))
        {
            Errors[nameof(Name)] = "Nazwa szablonu może zawierać tylko litery, cyfry i podkreślenia, np. Content__BlogPost albo Content_Summary__BlogPost.";
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            Errors[nameof(Source)] = "Wpisz treść szablonu.";
        }
        else if (Source.Length > MaxLength)
        {
            Errors[nameof(Source)] = "Szablon jest za długi (najwyżej 200 000 znaków).";
        }
        else if (!LiquidTemplates.TryParse(Source, out _, out var error))
        {
            Errors[nameof(Source)] = $"Szablon ma błąd składni Liquid: {error}. Nic nie zapisano.";
        }

        return Errors.Count == 0;
    }

    private async Task<IActionResult> RefusedAsync()
    {
        await LoadAsync();
        Editing = Stored.ContainsKey(Name);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync()
    {
        Stored = (await documents.GetAsync<StoredTemplates>(StoredTemplates.SiteKey)).Templates;
        Types = (await definitions.LoadAsync()).ContentTypes.OrderBy(t => t.DisplayName, StringComparer.Create(new("pl-PL"), true)).ToList();
        ThemeShapes = Directory.Exists(theme.Value.ViewsPath)
            ? Directory.GetFiles(theme.Value.ViewsPath, "*.liquid").Select(f => TemplateNames.ToShapeName(Path.GetFileNameWithoutExtension(f)))
                .Where(TemplateNames.IsValid).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private string ViewPath(string shape) => Path.Combine(theme.Value.ViewsPath, TemplateNames.ToViewName(shape) + ".liquid");

    /// <summary>The content type a shape name draws (<c>Content_Summary__BlogPost</c>: BlogPost), if it names one.</summary>
    private static string? TypeOf(string? shape) => shape is not null && ContentShape().Match(shape) is { Success: true } m ? m.Groups["type"].Value : null;

    private static string? DisplayTypeOf(string shape) => ContentShape().Match(shape) is { Success: true, Groups: var g } && g["display"].Success ? g["display"].Value : null;

    [GeneratedRegex("^Content(_(?<display>[A-Za-z0-9]+))?__(?<type>[A-Za-z0-9]+)$")]
    private static partial Regex ContentShape();
}
