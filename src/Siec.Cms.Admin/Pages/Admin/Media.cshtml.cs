using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Text;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>
/// The media library (ManageMediaContent): folders, several files uploaded at once within the configured types and
/// size, and deletion refused while content still uses the file.
/// </summary>
public sealed class MediaModel(MediaStore media, MediaUsage usage, PermissionChecker permissions) : PageModel
{
    public string Folder { get; private set; } = "";

    public string Parent => Folder.Contains('/') ? Folder[..Folder.LastIndexOf('/')] : "";

    public IReadOnlyList<string> Folders { get; private set; } = [];

    public List<(string Name, string Path, long Size)> Files { get; } = [];

    public List<string> Errors { get; } = [];

    public IReadOnlyList<string> Allowed => media.AllowedExtensions;

    public long MaxSize => media.MaxFileSize;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? folder) =>
        await permissions.HasAsync(User, "ManageMediaContent") ? await ShowAsync(folder ?? "") : Forbid();

    public async Task<IActionResult> OnPostUploadAsync(string? folder, List<IFormFile> files)
    {
        if (!await permissions.HasAsync(User, "ManageMediaContent"))
        {
            return Forbid();
        }

        var saved = 0;
        foreach (var file in files.Where(f => f.Length > 0))
        {
            await using var content = file.OpenReadStream();
            if (await media.SaveAsync(Combine(folder, Path.GetFileName(file.FileName)), content, file.Length) is { } error)
            {
                Errors.Add($"{file.FileName}: {error}");
                continue;
            }

            saved++;
        }

        Message = saved > 0 ? $"Zapisano plików: {saved}." : null;
        if (Errors.Count == 0)
        {
            return RedirectToPage(new { folder });
        }

        // A folder outside the library shows the root with the refusal, not a bare 404.
        return await ShowAsync(await media.ListAsync(folder ?? "") is null ? "" : folder ?? "");
    }

    public async Task<IActionResult> OnPostFolderAsync(string? folder, string name)
    {
        if (!await permissions.HasAsync(User, "ManageMediaContent"))
        {
            return Forbid();
        }

        var slug = Slugifier.Slugify(name);
        if (slug.Length == 0 || !await media.CreateFolderAsync(Combine(folder, slug)))
        {
            Errors.Add("Podaj nazwę folderu z liter lub cyfr.");
            return await ShowAsync(folder ?? "");
        }

        Message = $"Utworzono folder {slug}.";
        return RedirectToPage(new { folder });
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? folder, string path)
    {
        if (!await permissions.HasAsync(User, "ManageMediaContent"))
        {
            return Forbid();
        }

        var uses = await usage.UsesAsync(path);
        if (uses.Count > 0)
        {
            Errors.Add($"Nie można usunąć pliku {path}, bo używają go: {string.Join(", ", uses.Select(u => $"„{u.DisplayText}” ({u.ContentType})"))}.");
            return await ShowAsync(folder ?? "");
        }

        await media.DeleteAsync(path);
        Message = $"Usunięto plik {path}.";
        return RedirectToPage(new { folder });
    }

    private static string Combine(string? folder, string name) => string.IsNullOrEmpty(folder) ? name : $"{folder.Trim('/')}/{name}";

    private async Task<IActionResult> ShowAsync(string folder)
    {
        var listing = await media.ListAsync(folder);
        if (listing is null)
        {
            return NotFound();
        }

        Folder = folder.Trim('/');
        Folders = listing.Value.Folders;
        Files.AddRange(listing.Value.Files.Select(f => (f.Name, f.Path, f.Length)));
        return Page();
    }
}
