namespace Siec.Cms.Core.Data.Records;

/// <summary>What someone sent through a form, stored before they are thanked; the values are JSON, in the form's order.</summary>
public sealed class FormSubmissionRecord
{
    public string Id { get; set; } = "";

    public string FormContentItemId { get; set; } = "";

    public string FormTitle { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary><see cref="Forms.SubmissionStatus"/>: received, or pending, approved or rejected for forms that are reviewed.</summary>
    public string Status { get; set; } = "";

    /// <summary>The sender's e-mail address, when the form asked for one (to find their data on request or erasure).</summary>
    public string? Email { get; set; }

    /// <summary>A JSON array of <c>{ Name, Label, Value }</c>.</summary>
    public string Values { get; set; } = "[]";

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>The account an approval created.</summary>
    public string? UserId { get; set; }
}
