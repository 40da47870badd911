namespace Siec.Cms.Core.Data.Records;

/// <summary>A consent given: the exact text shown, its version (a hash of that text) and when.</summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }

    public string? SubmissionId { get; set; }

    public string? UserId { get; set; }

    public string Text { get; set; } = "";

    public string TextVersion { get; set; } = "";

    public DateTime GivenUtc { get; set; }
}
