using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Metadata;

/// <summary>A part on a type: <see cref="PartName"/> is the part definition, <see cref="Name"/> its key in the item JSON.</summary>
public sealed class ContentTypePartDefinition
{
    public string PartName { get; set; } = "";

    public string Name { get; set; } = "";

    public JsonObject Settings { get; set; } = new();

    public T GetSettings<T>() where T : new() => SettingsJson.Read<T>(Settings);
}
