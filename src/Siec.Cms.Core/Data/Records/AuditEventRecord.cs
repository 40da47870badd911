namespace Siec.Cms.Core.Data.Records;

/// <summary>One change to content: who did what to which item and when.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }

    public DateTime Utc { get; set; }

    public string Action { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string? ContentItemVersionId { get; set; }

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary>Why, when the person gave a reason (moderation: hiding, locking, moving).</summary>
    public string? Reason { get; set; }
}
