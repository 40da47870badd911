namespace Siec.Cms.Core.Data.Records;

/// <summary>A publish or unpublish due at a time; kept in the database so a restart loses none.</summary>
public sealed class ScheduledActionRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    /// <summary><c>publish</c> or <c>unpublish</c>.</summary>
    public string Action { get; set; } = "";

    public DateTime DueUtc { get; set; }
}
