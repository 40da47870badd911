using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Recipes.Export;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>Validate and import recipes (from recipes/ or uploaded) and export the site, with the same engine code as the CLI.</summary>
public sealed class RecipesModel(RecipeFolder folder, RecipeExecutor executor, RecipeExporter exporter, RecipeParameters parameters, PermissionChecker permissions) : PageModel
{
    public IReadOnlyList<(string Name, RecipeDescriptor Recipe)> Recipes { get; private set; } = [];

    public List<string> Report { get; } = [];

    public bool Failed { get; private set; }

    public bool CanImport { get; private set; }

    public bool CanExport { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string? name, IFormFile? upload, string mode, bool skipUnsupported)
    {
        await LoadAsync();
        if (!CanImport)
        {
            return Forbid();
        }

        try
        {
            var recipe = upload is { Length: > 0 }
                ? RecipeReader.Read(await ReadAllAsync(upload), basePath: null)
                : !string.IsNullOrEmpty(name) && Recipes.Any(r => r.Name == name)
                    ? RecipeReader.ReadFile(folder.Resolve(name))
                    : throw new RecipeException(new RecipeError(null, null, null, null, "Wybierz recepturę z listy albo wyślij plik."));
            var result = await executor.ExecuteAsync(recipe, new RecipeOptions
            {
                SkipUnsupported = skipUnsupported,
                ValidateOnly = mode != "import",
                Parameters = await parameters.CreateAsync(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name, User.FindFirstValue(ClaimTypes.Email)),
            });
            Report.Add(mode == "import"
                ? $"Zaimportowano recepturę „{recipe.DisplayName}” ({result.StepsExecuted} kroków)."
                : $"Receptura „{recipe.DisplayName}” jest poprawna ({result.StepsExecuted} kroków sprawdzonych, nic nie zapisano).");
            Report.AddRange(result.SkippedSteps.Select(s => $"Pominięty krok {s}"));
            Report.AddRange(result.Warnings.Select(w => $"Ostrzeżenie: {w}"));
        }
        catch (RecipeException e)
        {
            Failed = true;
            Report.Add($"Błąd: {e.Message}");
            Report.Add(mode == "import" ? "Nic nie zostało zmienione." : "Receptura jest niepoprawna.");
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        if (!await permissions.HasAsync(User, "Export"))
        {
            return Forbid();
        }

        // Through a temporary file that goes away once sent: a large site's export never sits in memory.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await exporter.ExportToAsync(file);
        file.Position = 0;
        return File(file, "application/json", $"siec-{DateTime.UtcNow:yyyy-MM-dd}.recipe.json");
    }

    private async Task LoadAsync()
    {
        Recipes = folder.All();
        CanImport = await permissions.HasAsync(User, "Import");
        CanExport = await permissions.HasAsync(User, "Export");
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile upload)
    {
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
