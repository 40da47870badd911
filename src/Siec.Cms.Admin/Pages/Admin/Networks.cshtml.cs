using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Tenancy;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>
/// The platform admin (Orchard's Tenants): ORE staff list, create, disable, enable, export and remove networks.
/// ManageTenants, and only on the platform's own (default) network: elsewhere the page does not exist.
/// </summary>
public sealed class NetworksModel(TenantManager manager, TenantRegistry registry, RecipeFolder folder, PermissionChecker permissions, CurrentTenant current, IOptions<TenancyOptions> options) : PageModel
{
    public const string Permission = "ManageTenants";
    private const long MaxRecipeBytes = 20 * 1024 * 1024;
    private const int PageSize = 50;

    [BindProperty]
    public TenantRequest Network { get; set; } = new();

    public IReadOnlyList<TenantSettings> Tenants { get; private set; } = [];

    public string AddressOf(TenantSettings network) => options.Value.AddressOf(network);

    /// <summary>Words to find in a network's name, display name or host.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<(string Name, RecipeDescriptor Recipe)> Recipes { get; private set; } = [];

    public List<string> Errors { get; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync() => await RefusalAsync() ?? await PageAsync();

    public async Task<IActionResult> OnPostCreateAsync(IFormFile? upload)
    {
        if (await RefusalAsync() is { } refusal)
        {
            return refusal;
        }

        string? uploaded = null;
        try
        {
            if (upload is { Length: > 0 })
            {
                if (upload.Length > MaxRecipeBytes)
                {
                    Errors.Add("Plik receptury jest za duży (najwyżej 20 MB).");
                    return await PageAsync();
                }

                // Saved under a name of ours: the browser's file name is never a path.
                uploaded = Path.Combine(Path.GetTempPath(), "siec-" + Guid.NewGuid().ToString("n") + ".recipe.json");
                await using (var file = System.IO.File.Create(uploaded))
                {
                    await upload.CopyToAsync(file);
                }

                Network.Recipe = uploaded;
            }
            else if (Path.GetFileName(Network.Recipe) != Network.Recipe)
            {
                // Only names of the recipe folder come from the form, never a path on the server.
                Network.Recipe = "";
            }

            Errors.AddRange(await manager.CreateAsync(Network));
        }
        catch (RecipeException e)
        {
            Errors.Add($"Receptura jest niepoprawna: {e.Message}");
        }
        finally
        {
            if (uploaded is not null)
            {
                System.IO.File.Delete(uploaded);
            }
        }

        if (Errors.Count > 0)
        {
            if (uploaded is not null)
            {
                Network.Recipe = "";
            }

            return await PageAsync();
        }

        Message = $"Utworzono sieć „{Network.DisplayName}” pod adresem {(Network.Prefix.Length > 0 ? Network.Prefix : Network.Host)}. Koordynator dostał e-mail z linkiem do ustawienia hasła.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostDisableAsync(string name) => ChangeStateAsync(name, TenantState.Disabled, "wyłączona; jej dane są zachowane");

    public Task<IActionResult> OnPostEnableAsync(string name) => ChangeStateAsync(name, TenantState.Running, "włączona");

    public async Task<IActionResult> OnGetExportAsync(string name)
    {
        if (await RefusalAsync() is { } refusal)
        {
            return refusal;
        }

        if (await registry.FindAsync(name) is not { } tenant)
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        await manager.ExportAsync(tenant, buffer);
        buffer.Position = 0;
        return File(buffer, "application/json", $"{tenant.Name}.recipe.json");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string name, string? confirmation)
    {
        if (await RefusalAsync() is { } refusal)
        {
            return refusal;
        }

        if (!string.Equals(confirmation?.Trim(), name, StringComparison.Ordinal))
        {
            Errors.Add($"Aby usunąć sieć, wpisz jej nazwę techniczną ({name}); nic nie usunięto.");
            return await PageAsync();
        }

        var (error, exportPath) = await manager.RemoveAsync(name);
        if (error is not null)
        {
            Errors.Add(error);
            return await PageAsync();
        }

        Message = $"Sieć „{name}” usunięta. Ostateczny eksport zachowano na serwerze: {exportPath}";
        return RedirectToPage();
    }

    private async Task<IActionResult> ChangeStateAsync(string name, TenantState state, string done)
    {
        if (await RefusalAsync() is { } refusal)
        {
            return refusal;
        }

        if (await manager.SetStateAsync(name, state) is { } error)
        {
            Errors.Add(error);
            return await PageAsync();
        }

        Message = $"Sieć „{name}” {done}.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> RefusalAsync() =>
        !current.IsDefault ? NotFound() : !await permissions.HasAsync(User, Permission) ? Forbid() : null;

    private async Task<IActionResult> PageAsync()
    {
        var found = (await registry.AllAsync())
            .Where(t => !t.IsDefault && TextFolding.ContainsAllWords($"{t.Name} {t.DisplayName} {t.Host} {t.Prefix}", Query))
            .ToList();
        Total = found.Count;
        PageNumber = Math.Min(Paging.Clamp(PageNumber), Pages);
        Tenants = found.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Recipes = folder.All();
        return Page();
    }
}
