using System.Text.Json.Nodes;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A LinkField: its address.</summary>
public sealed class LinkFieldEditor : IFieldEditor
{
    public string FieldType => "LinkField";

    public Task<EditorField> BuildAsync(FieldEditorContext context) =>
        Task.FromResult(new EditorField(context.Property, context.Label, "link", context.Value?["Url"]?.GetValue<string>() ?? "", context.Required));

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        context.Set(field, new JsonObject { ["Url"] = context.Posted(field).Trim(), ["Text"] = "" });
        return Task.CompletedTask;
    }
}
