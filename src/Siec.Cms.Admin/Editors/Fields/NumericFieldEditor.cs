using System.Globalization;
using System.Text.Json.Nodes;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A NumericField: a decimal number, with a comma or a dot.</summary>
public sealed class NumericFieldEditor : IFieldEditor
{
    public string FieldType => "NumericField";

    public Task<EditorField> BuildAsync(FieldEditorContext context) =>
        Task.FromResult(new EditorField(context.Property, context.Label, "number",
            context.Value?["Value"]?.ToJsonString() is { } n && n != "null" ? n : "", context.Required));

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var posted = context.Posted(field).Trim();
        if (posted.Length == 0)
        {
            context.Set(field, new JsonObject { ["Value"] = null });
        }
        else if (decimal.TryParse(posted.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            context.Set(field, new JsonObject { ["Value"] = number });
        }
        else
        {
            context.Fail(field, "Wpisz liczbę.");
        }

        return Task.CompletedTask;
    }
}
