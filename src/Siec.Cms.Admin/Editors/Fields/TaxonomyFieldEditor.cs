using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A TaxonomyField: the taxonomy's terms as checkboxes, or free tags separated by commas (<c>Tags</c> editor).</summary>
public sealed class TaxonomyFieldEditor(ContentQuery query) : IFieldEditor
{
    public string FieldType => "TaxonomyField";

    public async Task<EditorField> BuildAsync(FieldEditorContext context)
    {
        var taxonomyId = context.Settings("TaxonomyFieldSettings")?["TaxonomyContentItemId"]?.GetValue<string>();
        if (context.EditorName == "Tags")
        {
            return new EditorField(context.Property, context.Label, "tags", string.Join(", ", context.Value?["TagNames"]?.AsArray().Select(v => v?.GetValue<string>()) ?? []),
                Hint: "Tagi oddzielone przecinkami.") { Options = [(taxonomyId ?? "", "", false)] };
        }

        var selected = context.Value?["TermContentItemIds"]?.AsArray().Select(v => v?.GetValue<string>()).ToHashSet() ?? [];
        var taxonomy = taxonomyId is null ? null : await query.GetAsync(taxonomyId, VersionOptions.Latest);
        var terms = taxonomy?.Part("TaxonomyPart")?["Terms"]?.AsArray() ?? [];
        return new EditorField(context.Property, context.Label, "checkboxes", taxonomyId ?? "")
        {
            Template = "Checkboxes",
            Multiple = true,
            Options = terms.Select(t => (t!["ContentItemId"]!.GetValue<string>(), t["DisplayText"]?.GetValue<string>() ?? "", selected.Contains(t["ContentItemId"]!.GetValue<string>()))).ToList(),
        };
    }

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        if (field.Kind == "tags")
        {
            context.Set(field, new JsonObject
            {
                ["TaxonomyContentItemId"] = field.Options[0].Value,
                ["TermContentItemIds"] = new JsonArray(),
                ["TagNames"] = new JsonArray(context.Posted(field).Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().Select(t => (JsonNode)t).ToArray()),
            });
        }
        else if (Picked.From(field, context) is { } terms)
        {
            context.Set(field, new JsonObject
            {
                ["TaxonomyContentItemId"] = field.Value,
                ["TermContentItemIds"] = new JsonArray(terms.Select(v => (JsonNode)v).ToArray()),
            });
        }

        return Task.CompletedTask;
    }
}
