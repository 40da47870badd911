using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Media;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>A MediaField: a file of the media library (typed with suggestions, or uploaded in place) and, when asked, its alt text.</summary>
public sealed class MediaFieldEditor(MediaStore media) : IFieldEditor
{
    public string FieldType => "MediaField";

    public Task<EditorField> BuildAsync(FieldEditorContext context)
    {
        var value = context.Value;
        return Task.FromResult(new EditorField(context.Property, context.Label, "media", value?["Paths"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "",
            context.Required, "Ścieżka pliku w bibliotece mediów: zacznij pisać, aby wybrać, albo wyślij nowy plik.")
        {
            Template = "Media",
            Options = media.AllPaths(1000).Select(p => (p, p, false)).ToList(),
            MediaText = context.Settings("MediaFieldSettings")?["AllowMediaText"]?.GetValue<bool>() == true
                ? value?["MediaTexts"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "" : null,
        });
    }

    public async Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var posted = context.Posted(field);
        if (context.Form.Files[field.Name + ".upload"] is { Length: > 0 } upload)
        {
            var (uploaded, error) = await UploadAsync(upload);
            if (error is not null)
            {
                context.Fail(field, error);
                return;
            }

            posted = uploaded!;
        }

        var path = posted.Trim();
        var text = field.MediaText is null ? "" : context.Form[field.Name + ".text"].ToString().Trim();
        context.Set(field, new JsonObject
        {
            ["Paths"] = path.Length == 0 ? new JsonArray() : new JsonArray(path),
            ["MediaTexts"] = path.Length == 0 ? new JsonArray() : new JsonArray(text),
        });
    }

    /// <summary>Stores an uploaded file under <c>uploads/YYYY-MM/</c> with its own name (a suffix when taken); refuses what the media rules refuse.</summary>
    private async Task<(string? Path, string? Error)> UploadAsync(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName);
        var folder = $"uploads/{DateTime.UtcNow:yyyy-MM}";
        var path = $"{folder}/{name}";
        for (var i = 2; media.Find(path) is not null; i++)
        {
            path = $"{folder}/{Path.GetFileNameWithoutExtension(name)}-{i}{Path.GetExtension(name)}";
        }

        await using var content = file.OpenReadStream();
        var error = await media.SaveAsync(path, content, file.Length);
        return error is null ? (path, null) : (null, error);
    }
}
