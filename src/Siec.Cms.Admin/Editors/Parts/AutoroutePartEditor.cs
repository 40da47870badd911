namespace Siec.Cms.Admin.Editors.Parts;

/// <summary>The item's path; left empty, it is made from the type's pattern.</summary>
public sealed class AutoroutePartEditor : IPartEditor
{
    public string PartName => "AutoroutePart";

    /// <summary>A type whose path always follows its pattern (AllowCustomPath false) offers no path to edit, nor takes one posted.</summary>
    public Task<EditorField?> BuildAsync(PartEditorContext context) =>
        Task.FromResult(context.TypePart.Settings["AutoroutePartSettings"]?["AllowCustomPath"]?.GetValue<bool>() ?? true
            ? new EditorField("AutoroutePart.Path", "Adres (ścieżka)", "text", context.Text("Path"), Hint: "Zostaw puste, aby utworzyć adres z tytułu.")
            : null);

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var posted = context.Posted(field);
        context.Set(field, posted.Trim().Length == 0 ? null : posted);
        return Task.CompletedTask;
    }
}
