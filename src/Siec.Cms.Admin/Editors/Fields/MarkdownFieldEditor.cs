using System.Text.Json.Nodes;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A MarkdownField.</summary>
public sealed class MarkdownFieldEditor : IFieldEditor
{
    public string FieldType => "MarkdownField";

    public Task<EditorField> BuildAsync(FieldEditorContext context) =>
        Task.FromResult(new EditorField(context.Property, context.Label, "markdownfield", context.Value?["Markdown"]?.GetValue<string>() ?? "", context.Required) { Template = "Markdown" });

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        context.Set(field, new JsonObject { ["Markdown"] = context.Posted(field).Trim() });
        return Task.CompletedTask;
    }
}
