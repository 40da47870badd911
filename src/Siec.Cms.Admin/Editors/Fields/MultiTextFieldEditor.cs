using System.Text.Json.Nodes;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A MultiTextField: one value a line.</summary>
public sealed class MultiTextFieldEditor : IFieldEditor
{
    public string FieldType => "MultiTextField";

    public Task<EditorField> BuildAsync(FieldEditorContext context) =>
        Task.FromResult(new EditorField(context.Property, context.Label, "lines",
            string.Join('\n', context.Value?["Values"]?.AsArray().Select(v => v?.GetValue<string>()) ?? []), context.Required, "Jedna wartość w wierszu.") { Template = "TextArea" });

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var lines = context.Posted(field).Trim().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        context.Set(field, new JsonObject { ["Values"] = new JsonArray(lines.Select(l => (JsonNode)l).ToArray()) });
        return Task.CompletedTask;
    }
}
