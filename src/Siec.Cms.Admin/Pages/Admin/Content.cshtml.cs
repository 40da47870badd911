using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Editors;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The content list: the latest version of every item the user may edit, filtered, paged, with unpublish and delete.</summary>
public sealed class ContentListModel(ContentDefinitionManager definitions, ContentQuery query, ContentManager manager, PermissionChecker permissions) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public List<ContentTypeDefinition> Types { get; } = [];

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public bool CanCreate { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        foreach (var type in ContentEditor.EditableTypes(await definitions.LoadAsync()))
        {
            if (await permissions.CanAsync(User, "Edit", type.Name))
            {
                Types.Add(type);
            }
        }

        var shown = Types.Where(t => Type is null || t.Name == Type).Select(t => t.Name).ToList();
        PageNumber = Math.Max(1, PageNumber);
        (Items, Total) = await query.LatestAsync(shown, Status, Q, (PageNumber - 1) * PageSize, PageSize);
        // Those who may edit only their own items see only those.
        Items = await permissions.FilterAsync(User, "Edit", Items);
        CanCreate = Type is not null && shown.Count == 1;
    }

    public Task<IActionResult> OnPostUnpublishAsync(string id) =>
        ActAsync(id, "Publish", () => manager.UnpublishAsync(id), "Element wycofano z publikacji.");

    public Task<IActionResult> OnPostDeleteAsync(string id) =>
        ActAsync(id, "Delete", () => manager.DeleteAsync(id), "Element usunięto.");

    private async Task<IActionResult> ActAsync(string id, string action, Func<Task> work, string done)
    {
        var item = await query.GetAsync(id, VersionOptions.Latest);
        if (item is null)
        {
            return NotFound();
        }

        if (!await permissions.CanAsync(User, action, item.ContentType, item))
        {
            return Forbid();
        }

        await work();
        Message = done;
        return RedirectToPage();
    }
}
