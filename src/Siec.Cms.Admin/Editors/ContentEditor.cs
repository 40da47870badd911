using Microsoft.AspNetCore.Http;
using Siec.Cms.Admin.Editors.Parts;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Admin.Editors;

/// <summary>
/// Builds an editor for any type from its definition, asking the part editors and then the field editors of each of
/// its parts, and writes posted values back through the same editors. Values that cannot be read are reported, never
/// silently dropped.
/// </summary>
public sealed class ContentEditor(ContentDefinitionManager definitions, IEnumerable<IPartEditor> partEditors, IEnumerable<IFieldEditor> fieldEditors)
{
    private readonly Dictionary<string, IPartEditor> _parts = partEditors.ToDictionary(e => e.PartName);
    private readonly Dictionary<string, IFieldEditor> _fields = fieldEditors.ToDictionary(e => e.FieldType);

    public Task<List<EditorField>> FieldsAsync(ContentItem item) => FieldsAsync(item, "");

    /// <summary>The inputs of an item; <paramref name="prefix"/> places an item held in another's BagPart.</summary>
    public async Task<List<EditorField>> FieldsAsync(ContentItem item, string prefix)
    {
        var type = await definitions.GetTypeAsync(item.ContentType) ?? throw new InvalidOperationException($"Typ '{item.ContentType}' nie istnieje.");
        var fields = new List<EditorField>();
        // ContainedPart is on no type's definition: an item gets it from the list it is placed in.
        var container = new ContentTypePartDefinition { Name = ContainedPartEditor.Part, PartName = ContainedPartEditor.Part };
        var parts = prefix.Length == 0 ? type.Parts.Prepend(container) : type.Parts;
        foreach (var typePart in parts)
        {
            if (_parts.TryGetValue(typePart.PartName, out var partEditor)
                && await partEditor.BuildAsync(new PartEditorContext(item, typePart, prefix, this)) is { } built)
            {
                fields.Add(built with { Driver = partEditor });
            }

            if (await definitions.GetPartAsync(typePart.PartName) is { } part)
            {
                foreach (var field in part.Fields)
                {
                    if (_fields.TryGetValue(field.FieldName, out var fieldEditor))
                    {
                        fields.Add(await fieldEditor.BuildAsync(new FieldEditorContext(item, typePart.Name, field)) with { Driver = fieldEditor });
                    }
                }
            }
        }

        return fields.Select(f => f with { Prefix = prefix }).ToList();
    }

    /// <summary>
    /// Writes the posted values into the item. The result holds the values that could not be read, by property, and
    /// the uploads, to be stored once the item is saved.
    /// </summary>
    public async Task<EditorUpdateContext> ApplyAsync(ContentItem item, IFormCollection form)
    {
        var context = new EditorUpdateContext(item, form);
        await ApplyAsync(await FieldsAsync(item), context);
        return context;
    }

    /// <summary>Writes the posted values of built inputs into the context's item (an item held in a BagPart too).</summary>
    public static async Task ApplyAsync(IEnumerable<EditorField> fields, EditorUpdateContext context)
    {
        foreach (var field in fields)
        {
            await field.Driver!.ApplyAsync(field, context);
        }
    }

    /// <summary>The fields as typed, for showing a refused form again: nothing the user typed is lost.</summary>
    public static List<EditorField> WithPosted(IEnumerable<EditorField> fields, IFormCollection form) =>
        fields.Select(f => f.Kind is "checkboxes" or "select" or "picker" or "users" or "bag" ? f : f with { Value = form[f.Name].LastOrDefault() ?? "" }).ToList();

    /// <summary>The types an editor works with: listable ones, and those that live inside another item's list.</summary>
    public static IEnumerable<ContentTypeDefinition> EditableTypes(ContentDefinitionDocument document)
    {
        var contained = document.ContentTypes
            .SelectMany(t => t.FindPartOfKind("ListPart")?.Settings["ListPartSettings"]?["ContainedContentTypes"]?.AsArray().Select(c => c?.GetValue<string>()) ?? [])
            .ToHashSet();
        return document.ContentTypes.Where(t => t.TypeSettings.Listable || contained.Contains(t.Name));
    }
}
