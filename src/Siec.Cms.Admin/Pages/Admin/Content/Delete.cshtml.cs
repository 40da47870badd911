using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin.Content;

/// <summary>Asks before deleting: names each item the user may delete (no other item's title or state is shown); the list's own handlers delete once confirmed.</summary>
public sealed class DeleteModel(ContentQuery query, PermissionChecker permissions) : PageModel
{
    public List<ContentItem> Items { get; } = [];

    public async Task OnGetAsync(string[] ids)
    {
        foreach (var id in ids.Distinct())
        {
            if (await query.GetAsync(id, VersionOptions.Latest) is { } item && await permissions.CanAsync(User, "Delete", item.ContentType, item))
            {
                Items.Add(item);
            }
        }
    }
}
