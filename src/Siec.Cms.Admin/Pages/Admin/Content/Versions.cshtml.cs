using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Editors;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Admin.Pages.Admin.Content;

/// <summary>Every stored version of an item, newest first; two can be compared, an earlier one restored as a new draft.</summary>
public sealed class VersionsModel(ContentManager manager, PermissionChecker permissions) : PageModel
{
    public string Id { get; private set; } = "";

    public string? Title { get; private set; }

    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    /// <summary>The versions compared (older, newer) and what changed between them, when two were chosen.</summary>
    public (ContentItem Older, ContentItem Newer, IReadOnlyList<VersionDiff.Change> Changes)? Comparison { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string? a, string? b)
    {
        var latest = await manager.GetAsync(id, VersionOptions.Latest);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await permissions.CanAsync(User, "Edit", latest.ContentType, latest))
        {
            return Forbid();
        }

        Id = id;
        Title = latest.DisplayText;
        Versions = (await manager.GetVersionsAsync(id)).Reverse().ToList();
        var chosen = Versions.Where(v => v.ContentItemVersionId == a || v.ContentItemVersionId == b).Reverse().ToList();
        if (chosen.Count == 2)
        {
            Comparison = (chosen[0], chosen[1], VersionDiff.Compare(chosen[0], chosen[1]));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string version)
    {
        var latest = await manager.GetAsync(id, VersionOptions.Latest);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await permissions.CanAsync(User, "Edit", latest.ContentType, latest))
        {
            return Forbid();
        }

        await manager.RestoreAsync(id, version);
        Message = "Przywrócono wersję jako nowy szkic – opublikuj go, aby zobaczyli ją czytelnicy.";
        return Redirect($"/Admin/Content/Edit?id={id}");
    }
}
