using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Siec.Cms.Core.Metadata;

/// <summary>A part definition with its fields (a type's own fields live in a part named after the type).</summary>
public sealed class ContentPartDefinition
{
    public string Name { get; set; } = "";

    public JsonObject Settings { get; set; } = new();

    [JsonPropertyName("ContentPartFieldDefinitionRecords")]
    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    public ContentPartFieldDefinition? FindField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
