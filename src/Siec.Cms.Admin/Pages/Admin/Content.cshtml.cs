using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.Http;
using Siec.Cms.Admin.Editors;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Security;
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

    [BindProperty(SupportsGet = true)]
    public string? Author { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Term { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    public List<ContentTypeDefinition> Types { get; } = [];

    /// <summary>Terms of every taxonomy (thematic areas, tags), for the term filter: id, taxonomy and term name.</summary>
    public List<(string Id, string Taxonomy, string Name)> Terms { get; } = [];

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public bool CanCreate { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>The same list (every filter kept) at another page.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["type"] = Type, ["status"] = Status, ["q"] = Q, ["author"] = Author, ["term"] = Term, ["sort"] = Sort,
        ["strona"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();

    public async Task OnGetAsync()
    {
        var anyOwner = new List<string>();
        var ownOnly = new List<string>();
        foreach (var type in ContentEditor.EditableTypes(await definitions.LoadAsync()))
        {
            if (!await permissions.CanAsync(User, "Edit", type.Name))
            {
                continue;
            }

            Types.Add(type);
            if (Type is null || type.Name == Type)
            {
                // Those who may edit only their own items of a type see only those, counted in the database.
                (await permissions.CanForAnyOwnerAsync(User, "Edit", type.Name) ? anyOwner : ownOnly).Add(type.Name);
            }
        }

        foreach (var taxonomy in await query.ByTypeAsync("Taxonomy", VersionOptions.Latest))
        {
            foreach (var term in taxonomy.Part("TaxonomyPart")?["Terms"]?.AsArray() ?? [])
            {
                Terms.Add((term!["ContentItemId"]!.GetValue<string>(), taxonomy.DisplayText ?? "", term["DisplayText"]?.GetValue<string>() ?? ""));
            }
        }

        PageNumber = Paging.Clamp(PageNumber);
        var list = new ContentListQuery
        {
            Types = anyOwner, OwnTypes = ownOnly, Owner = User.FindFirstValue(ClaimTypes.NameIdentifier),
            Status = Status, Text = Q, Author = Author?.Trim(), TermId = Term, Sort = Sort,
        };
        (Items, Total) = await query.LatestAsync(list, (PageNumber - 1) * PageSize, PageSize);
        CanCreate = Type is not null && anyOwner.Count + ownOnly.Count == 1;
    }

    /// <summary>Publishes, unpublishes or deletes the chosen items; an item the user may not touch is skipped and named.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string action, string[] ids, string? confirm)
    {
        if (action == "delete" && confirm != "tak")
        {
            return Redirect("/Admin/Content/Delete" + QueryString.Create(ids.Select(i => new KeyValuePair<string, string?>("ids", i))));
        }

        var (permission, work) = action switch
        {
            "publish" => ("Publish", (Func<ContentItem, Task>)(item => manager.PublishAsync(item))),
            "unpublish" => ("Publish", item => manager.UnpublishAsync(item.ContentItemId)),
            "delete" => ("Delete", item => manager.DeleteAsync(item.ContentItemId)),
            _ => (null, null!),
        };
        if (permission is null)
        {
            return BadRequest();
        }

        var done = 0;
        var refused = new List<string>();
        foreach (var id in ids.Distinct())
        {
            if (await query.GetAsync(id, VersionOptions.Latest) is not { } item)
            {
                continue;
            }

            if (!await permissions.CanAsync(User, permission, item.ContentType, item))
            {
                refused.Add(item.DisplayText ?? id);
                continue;
            }

            await work(item);
            done++;
        }

        Message = $"Wykonano dla {done} elementów." + (refused.Count > 0 ? $" Brak uprawnień do: {string.Join(", ", refused)}." : "");
        return RedirectToPage();
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
