namespace Siec.Cms.Admin.Editors.Parts;

/// <summary>The body in HTML, kept as typed and sanitised when shown.</summary>
public sealed class HtmlBodyPartEditor : IPartEditor
{
    public string PartName => "HtmlBodyPart";

    public Task<EditorField?> BuildAsync(PartEditorContext context) =>
        Task.FromResult<EditorField?>(new("HtmlBodyPart.Html", "Treść (HTML)", "textarea", context.Text("Html"), Hint: "HTML jest oczyszczany przy wyświetlaniu.") { Template = "TextArea" });

    public Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        context.Set(field, context.Posted(field));
        return Task.CompletedTask;
    }
}
