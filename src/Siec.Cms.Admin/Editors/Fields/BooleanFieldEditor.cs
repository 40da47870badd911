using System.Text.Json.Nodes;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A BooleanField: a checkbox (a hidden "false" is posted beside it, so unticking is seen).</summary>
public sealed class BooleanFieldEditor : IFieldEditor
{
    public string FieldType => "BooleanField";

    public Task<EditorField> BuildAsync(FieldEditorContext context) =>
        Task.FromResult(new EditorField(context.Property, context.Label, "checkbox", context.Value?["Value"]?.GetValue<bool>() == true ? "true" : "") { Template = "Checkbox" });

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        context.Set(field, new JsonObject { ["Value"] = context.Posted(field).Trim().Split(',').Contains("true") });
        return Task.CompletedTask;
    }
}
