using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Siec.Cms.Core.Metadata;

/// <summary>A content type as Orchard Core records it: a name, settings and the parts it is made of.</summary>
public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public JsonObject Settings { get; set; } = new();

    [JsonPropertyName("ContentTypePartDefinitionRecords")]
    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    [JsonIgnore]
    public ContentTypeSettings TypeSettings => SettingsJson.Read<ContentTypeSettings>(Settings);

    public ContentTypePartDefinition? FindPart(string name) =>
        Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public ContentTypePartDefinition? FindPartOfKind(string partName) =>
        Parts.FirstOrDefault(p => string.Equals(p.PartName, partName, StringComparison.Ordinal));
}
