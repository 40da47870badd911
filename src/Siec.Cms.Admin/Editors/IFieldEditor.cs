namespace Siec.Cms.Admin.Editors;

/// <summary>
/// Edits one kind of content field (Orchard Core's field display driver): builds its input from the item and writes
/// the posted value back. Registered by <see cref="FieldType"/>; a new field kind is one editor and one view.
/// </summary>
public interface IFieldEditor : IEditorDriver
{
    /// <summary>The field kind it edits, e.g. <c>TextField</c>.</summary>
    string FieldType { get; }

    Task<EditorField> BuildAsync(FieldEditorContext context);
}
