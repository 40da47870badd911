namespace Siec.Cms.Admin.Editors.Parts;

/// <summary>The body in Markdown, kept exactly as typed.</summary>
public sealed class MarkdownBodyPartEditor : IPartEditor
{
    public string PartName => "MarkdownBodyPart";

    public Task<EditorField?> BuildAsync(PartEditorContext context) =>
        Task.FromResult<EditorField?>(new("MarkdownBodyPart.Markdown", "Treść (Markdown)", "markdown", context.Text("Markdown")) { Template = "Markdown" });

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        context.Set(field, context.Posted(field));
        return Task.CompletedTask;
    }
}
