using System.Security.Claims;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Navigation;

/// <summary>Drafts sent for review that the user may publish, beside "Do akceptacji".</summary>
public sealed class ReviewCount(ReviewQueue queue, PermissionChecker permissions) : IAdminMenuCount
{
    public string Url => "/Admin/Review";

    public async Task<int> CountAsync(ClaimsPrincipal user) => (await permissions.FilterAsync(user, "Publish", await queue.ListAsync())).Count;
}

/// <summary>Applications waiting for a decision, beside "Zgłoszenia", for who may see them.</summary>
public sealed class PendingSubmissionsCount(FormSubmissions submissions, PermissionChecker permissions) : IAdminMenuCount
{
    public string Url => "/Admin/Submissions";

    public async Task<int> CountAsync(ClaimsPrincipal user) =>
        await permissions.HasAsync(user, "ViewFormSubmissions") ? await submissions.CountAsync(SubmissionStatus.Pending) : 0;
}
