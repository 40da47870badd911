using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin;

/// <summary>The reviewers' queue: drafts sent for review that the user may publish, each approved, sent back for changes or rejected here.</summary>
public sealed class ReviewModel(ReviewQueue queue, ReviewDecisions decisions, PermissionChecker permissions) : PageModel
{
    public List<ContentItem> Items { get; private set; } = [];

    /// <summary>The item a refused decision was about, with the message typed for it, shown again.</summary>
    public string? FailedId { get; private set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync() => Items = await permissions.FilterAsync(User, "Publish", await queue.ListAsync());

    public async Task<IActionResult> OnPostAsync(string id, string decision, string? message)
    {
        if (await decisions.DecideAsync(User, id ?? "", decision ?? "", message) is { } error)
        {
            (FailedId, Error, Message) = (id, error, message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }

        Done = decision switch
        {
            AuditActions.Published => "Zatwierdzono i opublikowano.",
            AuditActions.ChangesRequested => "Wysłano autorowi prośbę o poprawki.",
            _ => "Odrzucono; autor dostał uzasadnienie.",
        };
        return RedirectToPage();
    }
}
