using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Metadata;

/// <summary>A field on a part: <see cref="FieldName"/> is the field type, <see cref="Name"/> its key in the part JSON.</summary>
public sealed class ContentPartFieldDefinition
{
    public string FieldName { get; set; } = "";

    public string Name { get; set; } = "";

    public JsonObject Settings { get; set; } = new();

    public T GetSettings<T>() where T : new() => SettingsJson.Read<T>(Settings);
}
