using System.Text.Json.Nodes;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>A content item in Orchard Core's shape: well-known top-level properties, then one JSON object per part.</summary>
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";

    public string? ContentItemVersionId { get; set; }

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    /// <summary>The parts (and anything else object- or array-valued), keyed by the part's name on the type.</summary>
    public JsonObject Content { get; set; } = new();

    public JsonObject? Part(string name) => Content[name] as JsonObject;

    /// <summary>The item's address on the site: "/" and its AutoroutePart path, or null when it has none.</summary>
    public string? Url => Part("AutoroutePart")?["Path"]?.GetValue<string>() is { Length: > 0 } path ? "/" + path : null;

    public JsonObject GetOrCreatePart(string name)
    {
        if (Content[name] is JsonObject part)
        {
            return part;
        }

        part = new JsonObject();
        Content[name] = part;
        return part;
    }

    public ContentItem Clone() => ContentItemJson.Read(ContentItemJson.Write(this));
}
