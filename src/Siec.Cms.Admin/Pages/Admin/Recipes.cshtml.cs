using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Recipes;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Recipes.Export;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>
/// Validate and import recipes (from recipes/ or uploaded) in the background with a progress display, and export the
/// site, with the same engine code as the CLI. A job's page (<c>?zadanie=</c>) follows it and keeps its report.
/// </summary>
public sealed class RecipesModel(
    RecipeFolder folder, RecipeJobs jobs, RecipeExporter exporter, RecipeParameters parameters, PermissionChecker permissions, DocumentStore documents,
    CurrentTenant tenant) : PageModel
{
    public IReadOnlyList<(string Name, RecipeDescriptor Recipe)> Recipes { get; private set; } = [];

    /// <summary>The job the page follows: running here, or finished and stored.</summary>
    public RecipeJob? Job { get; private set; }

    /// <summary>The job asked for is neither running on this server nor among the stored ones.</summary>
    public bool JobUnknown { get; private set; }

    public int JobsAhead { get; private set; }

    public IReadOnlyList<RecipeJob> History { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public bool CanImport { get; private set; }

    public bool CanExport { get; private set; }

    public async Task OnGetAsync(string? zadanie)
    {
        await LoadAsync();
        if (zadanie is not null && CanImport)
        {
            Job = await FindAsync(zadanie);
            JobUnknown = Job is null;
            JobsAhead = Job is { State: RecipeJobState.Queued } queued ? jobs.Ahead(queued) : 0;
        }
    }

    /// <summary>The job's progress as JSON, for the page's script; the finished state tells it to show the report.</summary>
    public async Task<IActionResult> OnGetStatusAsync(string zadanie)
    {
        if (!await permissions.HasAsync(User, "Import"))
        {
            return Forbid();
        }

        var job = await FindAsync(zadanie);
        return job is null
            ? NotFound()
            : new JsonResult(new { state = job.State.ToString(), job.Done, job.Total, rate = job.Rate(DateTime.UtcNow), finished = job.Finished });
    }

    public async Task<IActionResult> OnPostAsync(string? name, IFormFile? upload, string mode, bool skipUnsupported)
    {
        await LoadAsync();
        if (!CanImport)
        {
            return Forbid();
        }

        string? saved = null;
        try
        {
            RecipeDescriptor recipe;
            if (upload is { Length: > 0 })
            {
                // Kept as a file of the job's own and read as a stream, like the CLI reads one: never whole in memory.
                saved = await SaveUploadAsync(upload);
                recipe = RecipeReader.ReadFile(saved, basePath: null);
            }
            else if (!string.IsNullOrEmpty(name) && Recipes.Any(r => r.Name == name))
            {
                recipe = RecipeReader.ReadFile(folder.Resolve(name));
            }
            else
            {
                throw new RecipeException(new RecipeError(null, null, null, null, "Wybierz recepturę z listy albo wyślij plik."));
            }

            var job = jobs.Enqueue(tenant.Name, recipe, mode == "import", new RecipeOptions
            {
                SkipUnsupported = skipUnsupported,
                Parameters = await parameters.CreateAsync(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name, User.FindFirstValue(ClaimTypes.Email)),
            }, User.Identity?.Name, saved);
            return RedirectToPage(new { zadanie = job.Id });
        }
        catch (RecipeException e)
        {
            if (saved is not null)
            {
                System.IO.File.Delete(saved);
            }

            Errors.Add($"Błąd: {e.Message}");
            Errors.Add("Nic nie zostało zmienione.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
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
        History = CanImport ? (await documents.GetAsync<RecipeJobHistory>(RecipeJobHistory.DocumentKey)).Jobs : [];
    }

    private async Task<RecipeJob?> FindAsync(string id) =>
        jobs.Active(tenant.Name, id) ?? (await documents.GetAsync<RecipeJobHistory>(RecipeJobHistory.DocumentKey)).Jobs.FirstOrDefault(j => j.Id == id);

    /// <summary>The upload under the data folder with a name of ours: the browser's file name is never a path.</summary>
    private async Task<string> SaveUploadAsync(IFormFile upload)
    {
        var folderPath = Path.Combine(tenant.DataPath, "receptury-przeslane");
        Directory.CreateDirectory(folderPath);
        var path = Path.Combine(folderPath, Guid.NewGuid().ToString("n") + ".recipe.json");
        await using var file = System.IO.File.Create(path);
        await upload.CopyToAsync(file);
        return path;
    }
}
