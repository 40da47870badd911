using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Admin.Pages.Admin.Content;

/// <summary>Asks before deleting: names each item; the list's own handlers delete (and check permissions) once confirmed.</summary>
public sealed class DeleteModel(ContentQuery query) : PageModel
{
    public List<ContentItem> Items { get; } = [];

    public async Task OnGetAsync(string[] ids)
    {
        foreach (var id in ids.Distinct())
        {
            if (await query.GetAsync(id, VersionOptions.Latest) is { } item)
            {
                Items.Add(item);
            }
        }
    }
}
