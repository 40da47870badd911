using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages.Admin.Submissions;

/// <summary>One submission: its values and, for reviewed forms, approve or reject (with a reason the sender is told).</summary>
public sealed class DetailsModel(FormSubmissions submissions, ContentQuery query, PermissionChecker permissions, PublicAddress address) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public FormSubmission Submission { get; private set; } = null!;

    public bool CanDecide { get; private set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await permissions.HasAsync(User, "ViewFormSubmissions"))
        {
            return Forbid();
        }

        return await LoadAsync(id) is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostApproveAsync(string id) => DecideAsync(id, approve: true);

    public Task<IActionResult> OnPostRejectAsync(string id) => DecideAsync(id, approve: false);

    private async Task<IActionResult> DecideAsync(string id, bool approve)
    {
        if (!await permissions.HasAsync(User, "ViewFormSubmissions"))
        {
            return Forbid();
        }

        if (await LoadAsync(id) is not { } form)
        {
            return NotFound();
        }

        if (!CanDecide)
        {
            Error = "To zgłoszenie zostało już rozpatrzone albo tego formularza się nie rozpatruje.";
            return Page();
        }

        Reason = Reason?.Trim();
        if (!approve && string.IsNullOrEmpty(Reason))
        {
            Error = "Podaj powód odrzucenia – trafi on do osoby, która wysłała zgłoszenie.";
            return Page();
        }

        var request = new FormRequest(await address.BaseUrlAsync(), User.Identity?.Name);
        try
        {
            if (!await submissions.DecideAsync(id, approve, approve ? null : Reason, form, request))
            {
                Error = "Ktoś inny rozpatrzył już to zgłoszenie.";
                await LoadAsync(id);
                return Page();
            }
        }
        catch (InvalidOperationException e)
        {
            Error = "Nie udało się przyjąć zgłoszenia: " + e.Message;
            return Page();
        }

        return Redirect($"/Admin/Submissions/{id}?zrobione={(approve ? "przyjete" : "odrzucone")}");
    }

    private async Task<FormDefinition?> LoadAsync(string id)
    {
        if (await submissions.GetAsync(id) is not { } submission)
        {
            return null;
        }

        Submission = submission;
        var item = await query.GetAsync(submission.Record.FormContentItemId, VersionOptions.Latest);
        var form = item is null ? null : FormDefinition.From(item);
        CanDecide = form is not null && submissions.HandlerFor(form)?.Reviews == true && submission.Record.Status == SubmissionStatus.Pending;
        Message = Request.Query["zrobione"].ToString() switch
        {
            "przyjete" => "Zgłoszenie przyjęte: konto członka utworzone, wiadomość z odnośnikiem do ustawienia hasła wysłana.",
            "odrzucone" => "Zgłoszenie odrzucone; wiadomość z powodem wysłana.",
            _ => null,
        };
        return form;
    }
}
