namespace Siec.Cms.Core.Data.Records;

/// <summary>A site-wide JSON document (content definitions, site settings, features, shell state).</summary>
public sealed class DocumentRecord
{
    public string Key { get; set; } = "";

    public string Content { get; set; } = "{}";

    /// <summary>Bumped on every save so two writers of the same document cannot overwrite each other.</summary>
    public int Version { get; set; }
}
