using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Admin.Editors.Parts;

/// <summary>
/// A BagPart (e.g. a workshop's sessions): each item it holds with its own fields, then an empty one to add. On
/// saving, an item whose "remove" box is ticked is dropped, and the empty one is kept only when given a title.
/// </summary>
public sealed class BagPartEditor(ContentDefinitionManager definitions) : IPartEditor
{
    public string PartName => "BagPart";

    public async Task<EditorField?> BuildAsync(PartEditorContext context)
    {
        // Bags are edited one level deep: an item inside a bag does not show a bag of its own.
        if (context.Prefix.Length > 0)
        {
            return null;
        }

        var bag = context.TypePart;
        var label = bag.Settings["ContentTypePartSettings"]?["DisplayName"]?.GetValue<string>() ?? bag.Name;
        var types = bag.Settings["BagPartSettings"]?["ContainedContentTypes"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];
        var held = (context.Item.Part(bag.Name)?["ContentItems"]?.AsArray() ?? []).OfType<JsonObject>().Select(ContentItemJson.Read).ToList();
        var entries = new List<BagEntry>();
        for (var i = 0; i <= held.Count && (i < held.Count || types.Count > 0); i++)
        {
            var isNew = i == held.Count;
            var entry = isNew ? new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = types[0] } : held[i];
            var typeName = (await definitions.GetTypeAsync(entry.ContentType))?.DisplayName ?? entry.ContentType;
            entries.Add(new BagEntry(i, entry, typeName, isNew, await context.Editor.FieldsAsync(entry, $"{bag.Name}.{i}.")));
        }

        return new EditorField(bag.Name, label, "bag", "") { Entries = entries, Template = "Bag" };
    }

    public async Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var kept = new JsonArray();
        foreach (var entry in field.Entries)
        {
            var name = $"f.{field.Property}.{entry.Index}.";
            if (context.Form[name + "remove"] == "true" || (entry.IsNew && string.IsNullOrWhiteSpace(context.Form[name + "TitlePart.Title"])))
            {
                continue;
            }

            await ContentEditor.ApplyAsync(entry.Fields, context.For(entry.Item));

            entry.Item.DisplayText = entry.Item.Title ?? entry.Item.DisplayText;
            kept.Add(ContentItemJson.Write(entry.Item));
        }

        context.Item.GetOrCreatePart(field.Property)["ContentItems"] = kept;
    }
}
