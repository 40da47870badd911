namespace Siec.Cms.Core.Data.Records;

/// <summary>One taxonomy term chosen in a TaxonomyField of a latest or published version.</summary>
public sealed class TaxonomyIndexRecord
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string ContentPart { get; set; } = "";

    public string ContentField { get; set; } = "";

    public string TaxonomyContentItemId { get; set; } = "";

    public string TermContentItemId { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>The version's publication, so that a term's page of a type is read newest first from the index alone.</summary>
    public DateTime? PublishedUtc { get; set; }
}
