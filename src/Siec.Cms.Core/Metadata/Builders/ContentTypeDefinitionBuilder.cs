namespace Siec.Cms.Core.Metadata.Builders;

/// <summary>Fluent changes to a type, as in Orchard Core migrations: <c>t.WithPart("TitlePart").Creatable()</c>.</summary>
public sealed class ContentTypeDefinitionBuilder(ContentTypeDefinition type)
{
    public ContentTypeDefinitionBuilder DisplayedAs(string displayName)
    {
        type.DisplayName = displayName;
        return this;
    }

    public ContentTypeDefinitionBuilder Creatable(bool value = true) => Setting(s => s.Creatable = value);

    public ContentTypeDefinitionBuilder Listable(bool value = true) => Setting(s => s.Listable = value);

    public ContentTypeDefinitionBuilder Draftable(bool value = true) => Setting(s => s.Draftable = value);

    public ContentTypeDefinitionBuilder Versionable(bool value = true) => Setting(s => s.Versionable = value);

    public ContentTypeDefinitionBuilder Securable(bool value = true) => Setting(s => s.Securable = value);

    public ContentTypeDefinitionBuilder Stereotype(string value) => Setting(s => s.Stereotype = value);

    public ContentTypeDefinitionBuilder WithDescription(string value) => Setting(s => s.Description = value);

    public ContentTypeDefinitionBuilder WithPart(string name, Action<ContentTypePartDefinitionBuilder>? configure = null) =>
        WithPart(name, name, configure);

    public ContentTypeDefinitionBuilder WithPart(string name, string partName, Action<ContentTypePartDefinitionBuilder>? configure = null)
    {
        var part = type.FindPart(name);
        if (part is null)
        {
            part = new ContentTypePartDefinition { Name = name, PartName = partName };
            type.Parts.Add(part);
        }

        part.PartName = partName;
        configure?.Invoke(new ContentTypePartDefinitionBuilder(part));
        return this;
    }

    public ContentTypeDefinitionBuilder RemovePart(string name)
    {
        type.Parts.RemoveAll(p => p.Name == name);
        return this;
    }

    private ContentTypeDefinitionBuilder Setting(Action<ContentTypeSettings> change)
    {
        var settings = SettingsJson.Read<ContentTypeSettings>(type.Settings);
        change(settings);
        SettingsJson.Write(type.Settings, settings);
        return this;
    }
}
