using Siec.Cms.Core.Data;
using Siec.Cms.Core.Metadata.Builders;

namespace Siec.Cms.Core.Metadata;

/// <summary>Reads and changes the site's content definitions, kept as one document like Orchard Core does.</summary>
public sealed class ContentDefinitionManager(DocumentStore documents)
{
    public const string DocumentKey = "ContentDefinition";

    public Task<ContentDefinitionDocument> LoadAsync() => documents.GetAsync<ContentDefinitionDocument>(DocumentKey);

    public Task SaveAsync(ContentDefinitionDocument document) => documents.SaveAsync(DocumentKey, document);

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name) => (await LoadAsync()).FindType(name);

    public async Task<ContentPartDefinition?> GetPartAsync(string name) => (await LoadAsync()).FindPart(name);

    public async Task AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter)
    {
        var document = await LoadAsync();
        var type = document.FindType(name);
        if (type is null)
        {
            type = new ContentTypeDefinition { Name = name, DisplayName = name };
            document.ContentTypes.Add(type);
        }

        alter(new ContentTypeDefinitionBuilder(type));
        ContentDefinitionValidator.ThrowIfInvalid(document);
        await SaveAsync(document);
    }

    public async Task AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter)
    {
        var document = await LoadAsync();
        var part = document.FindPart(name);
        if (part is null)
        {
            part = new ContentPartDefinition { Name = name };
            document.ContentParts.Add(part);
        }

        alter(new ContentPartDefinitionBuilder(part));
        ContentDefinitionValidator.ThrowIfInvalid(document);
        await SaveAsync(document);
    }

    /// <summary>Merges types and parts as Orchard's ContentDefinition step does: settings deep-merged, nothing unlisted removed.</summary>
    public static void Merge(ContentDefinitionDocument target, ContentDefinitionDocument source)
    {
        foreach (var part in source.ContentParts)
        {
            var existing = target.FindPart(part.Name);
            if (existing is null)
            {
                target.ContentParts.Add(part);
                continue;
            }

            SettingsJson.Merge(existing.Settings, part.Settings);
            foreach (var field in part.Fields)
            {
                var existingField = existing.FindField(field.Name);
                if (existingField is null)
                {
                    existing.Fields.Add(field);
                }
                else
                {
                    existingField.FieldName = field.FieldName;
                    SettingsJson.Merge(existingField.Settings, field.Settings);
                }
            }
        }

        foreach (var type in source.ContentTypes)
        {
            var existing = target.FindType(type.Name);
            if (existing is null)
            {
                target.ContentTypes.Add(type);
                continue;
            }

            if (!string.IsNullOrEmpty(type.DisplayName))
            {
                existing.DisplayName = type.DisplayName;
                SettingsJson.Merge(existing.Settings, type.Settings);
            }

            foreach (var part in type.Parts)
            {
                var existingPart = existing.FindPart(part.Name);
                if (existingPart is null)
                {
                    existing.Parts.Add(part);
                }
                else
                {
                    existingPart.PartName = part.PartName;
                    SettingsJson.Merge(existingPart.Settings, part.Settings);
                }
            }
        }
    }
}
