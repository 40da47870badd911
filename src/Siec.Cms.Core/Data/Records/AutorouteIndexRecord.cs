namespace Siec.Cms.Core.Data.Records;

/// <summary>The URL path of a latest or published version.</summary>
public sealed class AutorouteIndexRecord
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public string ContentItemId { get; set; } = "";

    public string Path { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }
}
