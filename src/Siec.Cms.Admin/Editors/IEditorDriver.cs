namespace Siec.Cms.Admin.Editors;

/// <summary>What writes a built input's posted value back into the item (a field or a part editor).</summary>
public interface IEditorDriver
{
    Task ApplyAsync(EditorField field, EditorUpdateContext context);
}
