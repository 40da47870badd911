using System.Text.Json.Nodes;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A TextField: a line, a text area (<c>TextArea</c> editor) or a choice from a predefined list (<c>PredefinedList</c>).</summary>
public sealed class TextFieldEditor : IFieldEditor
{
    public string FieldType => "TextField";

    public Task<EditorField> BuildAsync(FieldEditorContext context)
    {
        var text = context.Value?["Text"]?.GetValue<string>() ?? "";
        return Task.FromResult(context.EditorName switch
        {
            "PredefinedList" => new EditorField(context.Property, context.Label, "choice", text, context.Required)
            {
                Template = "Choice",
                Options = (context.Settings("TextFieldPredefinedListEditorSettings")?["Options"]?.AsArray() ?? []).Select(o => (
                    o?["value"]?.GetValue<string>() ?? "", o?["name"]?.GetValue<string>() ?? "", o?["value"]?.GetValue<string>() == text)).ToList(),
            },
            "TextArea" => new EditorField(context.Property, context.Label, "textarea", text, context.Required) { Template = "TextArea" },
            _ => new EditorField(context.Property, context.Label, "text", text, context.Required),
        });
    }

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var posted = context.Posted(field);
        if (field.Kind != "choice")
        {
            context.Set(field, new JsonObject { ["Text"] = posted.Trim() });
        }
        else if (posted.Length > 0 && field.Options.All(o => o.Value != posted))
        {
            context.Fail(field, "Wybierz jedną z podanych wartości.");
        }
        else
        {
            context.Set(field, new JsonObject { ["Text"] = posted });
        }

        return Task.CompletedTask;
    }
}
