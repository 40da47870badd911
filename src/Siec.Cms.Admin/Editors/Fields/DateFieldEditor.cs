namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A DateField: a day, typed in Polish time.</summary>
public sealed class DateFieldEditor : IFieldEditor
{
    public string FieldType => "DateField";

    public Task<EditorField> BuildAsync(FieldEditorContext context) =>
        Task.FromResult(new EditorField(context.Property, context.Label, "date", WarsawTime.Input(context.Value?["Value"]?.GetValue<string>(), "yyyy-MM-dd"), context.Required));

    public Task ApplyAsync(EditorField field, EditorUpdateContext context) => WarsawTime.ApplyAsync(field, context);
}
