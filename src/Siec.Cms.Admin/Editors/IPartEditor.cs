namespace Siec.Cms.Admin.Editors;

/// <summary>Edits what a part holds itself (a title, a path, a body, a bag of items), apart from its fields.</summary>
public interface IPartEditor : IEditorDriver
{
    /// <summary>The part it edits, e.g. <c>TitlePart</c>.</summary>
    string PartName { get; }

    /// <returns>The part's input, or null when there is nothing to edit here (a path that always follows its pattern).</returns>
    Task<EditorField?> BuildAsync(PartEditorContext context);
}
