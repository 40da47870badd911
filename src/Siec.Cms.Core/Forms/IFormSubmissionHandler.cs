namespace Siec.Cms.Core.Forms;

/// <summary>
/// What a module does with a form's submissions (Orchard Core does this with workflows). Everything runs inside the
/// transaction that stores the submission or the decision, so mail it queues is sent only if that commits.
/// </summary>
public interface IFormSubmissionHandler
{
    /// <summary>Whether this handler takes the form's submissions; a form with no handler just stores them.</summary>
    bool Handles(FormDefinition form);

    /// <summary>Whether submissions wait for someone to approve or reject them.</summary>
    bool Reviews { get; }

    Task SubmittedAsync(FormDefinition form, FormSubmission submission, FormRequest request);

    /// <returns>The id of the account the approval created or used, if any; the submission is linked to it.</returns>
    Task<string?> ApprovedAsync(FormSubmission submission, FormRequest request);

    Task RejectedAsync(FormSubmission submission, string reason, FormRequest request);
}

/// <summary>Who acts and at which address the site was reached (for links in mail).</summary>
public sealed record FormRequest(string BaseUrl, string? UserName);
