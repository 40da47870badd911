namespace Siec.Cms.Admin.Editors;

/// <summary>What the <c>_EditorFields</c> partial renders: the generated fields and the error of each.</summary>
public sealed record EditorFieldsView(IReadOnlyList<EditorField> Fields, Func<EditorField, string?> ErrorFor);
