using System.Text.Json.Nodes;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>An HtmlField, sanitised when shown.</summary>
public sealed class HtmlFieldEditor : IFieldEditor
{
    public string FieldType => "HtmlField";

    public Task<EditorField> BuildAsync(FieldEditorContext context) =>
        Task.FromResult(new EditorField(context.Property, context.Label, "html", context.Value?["Html"]?.GetValue<string>() ?? "", context.Required) { Template = "TextArea" });

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        context.Set(field, new JsonObject { ["Html"] = context.Posted(field).Trim() });
        return Task.CompletedTask;
    }
}
