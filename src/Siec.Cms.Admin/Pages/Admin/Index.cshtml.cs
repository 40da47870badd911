using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Editors;
using Siec.Cms.Admin.Navigation;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The dashboard: items per type (published and drafts), drafts waiting for review, pending applications, and the modules' cards.</summary>
public sealed class DashboardModel(
    ContentDefinitionManager definitions, ContentQuery query, ReviewQueue reviews, PermissionChecker permissions, FormSubmissions submissions,
    IEnumerable<IDashboardCard> cards) : PageModel
{
    public List<(string Type, string Name, int Published, int Drafts)> Rows { get; } = [];

    /// <summary>Drafts sent for review that this user may publish.</summary>
    public IReadOnlyList<ContentItem> Waiting { get; private set; } = [];

    public List<DashboardCard> Cards { get; } = [];

    /// <summary>Submissions waiting for a decision, or null when the user may not see submissions.</summary>
    public int? PendingSubmissions { get; private set; }

    public async Task OnGetAsync()
    {
        foreach (var type in ContentEditor.EditableTypes(await definitions.LoadAsync()))
        {
            if (!await permissions.CanAsync(User, "Edit", type.Name))
            {
                continue;
            }

            var published = (await query.LatestAsync([type.Name], "published", null, 0, 0)).Total;
            var drafts = (await query.LatestAsync([type.Name], "unpublished", null, 0, 0)).Total;
            Rows.Add((type.Name, type.DisplayName, published, drafts));
        }

        Waiting = (await permissions.FilterAsync(User, "Publish", await reviews.ListAsync())).Take(10).ToList();
        PendingSubmissions = await permissions.HasAsync(User, "ViewFormSubmissions") ? await submissions.CountAsync(SubmissionStatus.Pending) : null;
        foreach (var card in cards)
        {
            if (await card.BuildAsync(User) is { } built)
            {
                Cards.Add(built);
            }
        }
    }
}
