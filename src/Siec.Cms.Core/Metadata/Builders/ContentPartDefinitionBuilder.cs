using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Metadata.Builders;

/// <summary>Fluent changes to a part definition and its fields.</summary>
public sealed class ContentPartDefinitionBuilder(ContentPartDefinition part)
{
    public ContentPartDefinitionBuilder Attachable(bool value = true) => PartSetting("Attachable", value);

    public ContentPartDefinitionBuilder WithDisplayName(string value) => PartSetting("DisplayName", value);

    public ContentPartDefinitionBuilder WithDescription(string value) => PartSetting("Description", value);

    public ContentPartDefinitionBuilder WithField(string name, Action<ContentPartFieldDefinitionBuilder> configure)
    {
        var field = part.FindField(name);
        if (field is null)
        {
            field = new ContentPartFieldDefinition { Name = name };
            part.Fields.Add(field);
        }

        configure(new ContentPartFieldDefinitionBuilder(field));
        return this;
    }

    public ContentPartDefinitionBuilder RemoveField(string name)
    {
        part.Fields.RemoveAll(f => f.Name == name);
        return this;
    }

    private ContentPartDefinitionBuilder PartSetting(string key, JsonNode value)
    {
        if (part.Settings["ContentPartSettings"] is not JsonObject settings)
        {
            settings = new JsonObject();
            part.Settings["ContentPartSettings"] = settings;
        }

        settings[key] = value;
        return this;
    }
}
