using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Editors.Fields;

/// <summary>
/// A MediaField: a file of the media library (typed with suggestions, or uploaded in place) and, when asked, its alt
/// text. Who may not manage the media library (a member on their profile) sees and picks only their own uploads,
/// which go to a folder of their own; an upload is checked at once and stored only when the item is saved.
/// </summary>
public sealed class MediaFieldEditor(MediaStore media, IHttpContextAccessor http, PermissionChecker permissions) : IFieldEditor
{
    public string FieldType => "MediaField";

    public async Task<EditorField> BuildAsync(FieldEditorContext context)
    {
        var value = context.Value;
        var folder = await OwnFolderAsync();
        return new EditorField(context.Property, context.Label, "media", value?["Paths"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "",
            context.Required, "Ścieżka pliku w bibliotece mediów: zacznij pisać, aby wybrać, albo wyślij nowy plik.")
        {
            Template = "Media",
            Options = (await media.AllPathsAsync(1000, folder)).Select(p => (p, p, false)).ToList(),
            MediaText = context.Settings("MediaFieldSettings")?["AllowMediaText"]?.GetValue<bool>() == true
                ? value?["MediaTexts"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "" : null,
        };
    }

    public async Task ApplyAsync(EditorField field, EditorUpdateContext context)
    {
        var path = context.Posted(field).Trim();
        var folder = await OwnFolderAsync();
        if (context.Form.Files[field.Name + ".upload"] is { Length: > 0 } upload)
        {
            path = await UniquePathAsync(upload, folder ?? "uploads", context);
            await using var content = upload.OpenReadStream();
            if (await media.CheckUploadAsync(path, content, upload.Length) is { } error)
            {
                context.Fail(field, error);
                return;
            }

            context.AddFile(path, upload);
        }
        else if (folder is not null && path.Length > 0 && path != field.Value && !path.StartsWith(folder + "/", StringComparison.Ordinal))
        {
            context.Fail(field, "Wybierz jeden ze swoich plików albo wyślij nowy.");
            return;
        }

        var text = field.MediaText is null ? "" : context.Form[field.Name + ".text"].ToString().Trim();
        context.Set(field, new JsonObject
        {
            ["Paths"] = path.Length == 0 ? new JsonArray() : new JsonArray(path),
            ["MediaTexts"] = path.Length == 0 ? new JsonArray() : new JsonArray(text),
        });
    }

    /// <summary>The folder of the user's own uploads when they may not manage the whole library, else null.</summary>
    private async Task<string?> OwnFolderAsync()
    {
        var user = http.HttpContext?.User;
        if (user is null || await permissions.HasAsync(user, "ManageMediaContent"))
        {
            return null;
        }

        return $"uploads/members/{user.FindFirstValue(ClaimTypes.NameIdentifier)}";
    }

    /// <summary>Under <c>{folder}/YYYY-MM/</c> with the file's own name (never its folders), a suffix when taken.</summary>
    private async Task<string> UniquePathAsync(IFormFile file, string folder, EditorUpdateContext context)
    {
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        var month = $"{folder}/{DateTime.UtcNow:yyyy-MM}";
        var path = $"{month}/{name}";
        for (var i = 2; await media.FindAsync(path) is not null || context.IsPending(path); i++)
        {
            path = $"{month}/{Path.GetFileNameWithoutExtension(name)}-{i}{Path.GetExtension(name)}";
        }

        return path;
    }
}
