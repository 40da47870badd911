namespace Siec.Cms.Admin.Editors.Parts;

/// <summary>The title, required.</summary>
public sealed class TitlePartEditor : IPartEditor
{
    public string PartName => "TitlePart";

    public Task<EditorField?> BuildAsync(PartEditorContext context) =>
        Task.FromResult<EditorField?>(new("TitlePart.Title", "Tytuł", "text", context.Text("Title"), Required: true));

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        context.Set(field, context.Posted(field));
        return Task.CompletedTask;
    }
}
