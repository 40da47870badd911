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

    public string Up => Parent(Folder);

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

    /// <summary>The picker's listing as JSON: a folder's subfolders and files, or files anywhere whose name holds <paramref name="q"/>.</summary>
    public async Task<IActionResult> OnGetListAsync(string? folder, string? q, string? obrazy)
    {
        if (!await permissions.HasAsync(User, "ManageMediaContent"))
        {
            return Forbid();
        }

        folder = (folder ?? "").Trim('/');
        if (await media.ListAsync(folder) is not { } listing)
        {
            return NotFound();
        }

        IEnumerable<string> paths = string.IsNullOrWhiteSpace(q)
            ? listing.Files.Select(f => f.Path)
            : (await media.AllPathsAsync(5000)).Where(p => Path.GetFileName(p).Contains(q.Trim(), StringComparison.CurrentCultureIgnoreCase));
        var files = paths.Where(p => obrazy != "1" || MediaContentTypes.IsImage(p)).Take(PickerLimit + 1).ToList();
        return new JsonResult(new
        {
            folder,
            parent = folder.Length == 0 ? null : Parent(folder),
            folders = string.IsNullOrWhiteSpace(q) ? listing.Folders.Select(f => new { name = Path.GetFileName(f), path = f }) : [],
            files = files.Take(PickerLimit).Select(p => new { path = p, name = Path.GetFileName(p), image = MediaContentTypes.IsImage(p) }),
            more = files.Count > PickerLimit,
        });
    }

    /// <summary>
    /// One file sent from the editor (a pasted or dropped picture) or the picker: stored under a name of its own (in
    /// the open folder, or this month's pictures folder) with the library's checks; the answer is JSON.
    /// </summary>
    public async Task<IActionResult> OnPostPasteAsync(IFormFile? file, string? folder)
    {
        if (!await permissions.HasAsync(User, "ManageMediaContent"))
        {
            return StatusCode(StatusCodes.Status403Forbidden, new { error = "Nie możesz dodawać plików do biblioteki mediów." });
        }

        if (file is not { Length: > 0 })
        {
            return BadRequest(new { error = "Nie wybrano pliku." });
        }

        var stem = Slugifier.Slugify(Path.GetFileNameWithoutExtension(file.FileName));
        var name = $"{(stem.Length == 0 ? "obraz" : stem)}-{Guid.NewGuid().ToString("n")[..6]}{Path.GetExtension(file.FileName).ToLowerInvariant()}";
        var path = Combine(string.IsNullOrWhiteSpace(folder) ? $"obrazy/{DateTime.UtcNow:yyyy-MM}" : folder, name);
        await using var content = file.OpenReadStream();
        return await media.SaveAsync(path, content, file.Length) is { } error
            ? BadRequest(new { error })
            : new JsonResult(new { path });
    }

    private const int PickerLimit = 200;

    private static string Parent(string folder) => folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : "";

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
