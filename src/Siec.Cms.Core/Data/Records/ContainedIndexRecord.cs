namespace Siec.Cms.Core.Data.Records;

/// <summary>The list container of a latest or published version, with its order in the list.</summary>
public sealed class ContainedIndexRecord
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string ListContentItemId { get; set; } = "";

    public int Order { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }
}
