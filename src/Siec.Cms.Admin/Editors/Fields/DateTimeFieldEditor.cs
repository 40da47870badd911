namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A DateTimeField: a day and time, typed in Polish time and stored in UTC.</summary>
public sealed class DateTimeFieldEditor : IFieldEditor
{
    public string FieldType => "DateTimeField";

    public Task<EditorField> BuildAsync(FieldEditorContext context) =>
        Task.FromResult(new EditorField(context.Property, context.Label, "datetime",
            WarsawTime.Input(context.Value?["Value"]?.GetValue<string>(), "yyyy-MM-dd'T'HH:mm"), context.Required, "Czas polski (Europe/Warsaw)."));

    public Task ApplyAsync(EditorField field, EditorUpdateContext context) => WarsawTime.ApplyAsync(field, context);
}
