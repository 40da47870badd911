using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Metadata.Builders;

/// <summary>Fluent changes to a field: its type, display name, position, editor and field settings.</summary>
public sealed class ContentPartFieldDefinitionBuilder(ContentPartFieldDefinition field)
{
    public ContentPartFieldDefinitionBuilder OfType(string fieldType)
    {
        field.FieldName = fieldType;
        return this;
    }

    public ContentPartFieldDefinitionBuilder WithDisplayName(string value) => FieldSetting("DisplayName", value);

    public ContentPartFieldDefinitionBuilder WithPosition(string value) => FieldSetting("Position", value);

    public ContentPartFieldDefinitionBuilder WithEditor(string value) => FieldSetting("Editor", value);

    public ContentPartFieldDefinitionBuilder WithDisplayMode(string value) => FieldSetting("DisplayMode", value);

    public ContentPartFieldDefinitionBuilder WithDescription(string value) => FieldSetting("Description", value);

    /// <summary>Stores a field settings object under its class name, e.g. <c>TextFieldSettings</c>.</summary>
    public ContentPartFieldDefinitionBuilder WithSettings(string settingsName, object settings)
    {
        field.Settings[settingsName] = JsonSerializer.SerializeToNode(settings, SettingsJson.Options);
        return this;
    }

    private ContentPartFieldDefinitionBuilder FieldSetting(string key, string value)
    {
        if (field.Settings["ContentPartFieldSettings"] is not JsonObject settings)
        {
            settings = new JsonObject();
            field.Settings["ContentPartFieldSettings"] = settings;
        }

        settings[key] = value;
        return this;
    }
}
