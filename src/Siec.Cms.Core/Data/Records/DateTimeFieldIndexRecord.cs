namespace Siec.Cms.Core.Data.Records;

/// <summary>The value of one DateTimeField of a latest or published version (Orchard's DateTimeFieldIndex), for date-ordered lists.</summary>
public sealed class DateTimeFieldIndexRecord
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string ContentPart { get; set; } = "";

    public string ContentField { get; set; } = "";

    public DateTime? DateTime { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }
}
