using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A ContentPickerField: a choice among the latest items of the types its settings name.</summary>
public sealed class ContentPickerFieldEditor(ContentQuery query) : IFieldEditor
{
    public string FieldType => "ContentPickerField";

    public async Task<EditorField> BuildAsync(FieldEditorContext context)
    {
        var settings = context.Settings("ContentPickerFieldSettings");
        var types = settings?["DisplayedContentTypes"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];
        var selected = context.Value?["ContentItemIds"]?.AsArray().Select(v => v?.GetValue<string>()).ToHashSet() ?? [];
        var (items, _) = await query.LatestAsync(new ContentListQuery { Types = types, Sort = "title" }, 0, 500);
        return new EditorField(context.Property, context.Label, "picker", "", context.Required)
        {
            Template = "Picker",
            Multiple = settings?["Multiple"]?.GetValue<bool>() == true,
            Options = items.Select(i => (i.ContentItemId, i.DisplayText ?? i.ContentItemId, selected.Contains(i.ContentItemId))).ToList(),
        };
    }

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        if (Picked.From(field, context) is { } chosen)
        {
            context.Set(field, new JsonObject { ["ContentItemIds"] = new JsonArray(chosen.Select(v => (JsonNode)v).ToArray()) });
        }

        return Task.CompletedTask;
    }
}
