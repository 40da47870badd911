using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Metadata.Builders;

/// <summary>Fluent changes to a part on a type: position, display name, part settings.</summary>
public sealed class ContentTypePartDefinitionBuilder(ContentTypePartDefinition part)
{
    public ContentTypePartDefinitionBuilder WithPosition(string position) => TypePartSetting("Position", position);

    public ContentTypePartDefinitionBuilder WithDisplayName(string displayName) => TypePartSetting("DisplayName", displayName);

    public ContentTypePartDefinitionBuilder WithDescription(string description) => TypePartSetting("Description", description);

    public ContentTypePartDefinitionBuilder WithEditor(string editor) => TypePartSetting("Editor", editor);

    /// <summary>Merges a settings object under its Orchard class name, e.g. <c>AutoroutePartSettings</c>.</summary>
    public ContentTypePartDefinitionBuilder WithSettings(string settingsName, object settings)
    {
        var node = JsonSerializer.SerializeToNode(settings, SettingsJson.Options)!.AsObject();
        if (part.Settings[settingsName] is JsonObject existing)
        {
            SettingsJson.Merge(existing, node);
        }
        else
        {
            part.Settings[settingsName] = node;
        }

        return this;
    }

    private ContentTypePartDefinitionBuilder TypePartSetting(string key, string value)
    {
        if (part.Settings["ContentTypePartSettings"] is not JsonObject settings)
        {
            settings = new JsonObject();
            part.Settings["ContentTypePartSettings"] = settings;
        }

        settings[key] = value;
        return this;
    }
}
