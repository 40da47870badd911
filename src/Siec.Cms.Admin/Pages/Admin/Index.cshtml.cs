using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Editors;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The dashboard: how many items of each listable type are published and how many wait as drafts.</summary>
public sealed class DashboardModel(ContentDefinitionManager definitions, ContentQuery query, PermissionChecker permissions) : PageModel
{
    public List<(string Type, string Name, int Published, int Drafts)> Rows { get; } = [];

    public async Task OnGetAsync()
    {
        foreach (var type in ContentEditor.EditableTypes(await definitions.LoadAsync()))
        {
            if (!await permissions.CanAsync(User, "Edit", type.Name))
            {
                continue;
            }

            var published = (await query.LatestAsync([type.Name], "published", null, 0, 0)).Total;
            var drafts = (await query.LatestAsync([type.Name], "draft", null, 0, 0)).Total;
            Rows.Add((type.Name, type.DisplayName, published, drafts));
        }
    }
}
