using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Media;

namespace Siec.Cms.Admin.Editors;

/// <summary>
/// An item being written from a posted form: where each field's value goes, the values that could not be read, and
/// the uploaded files, which are kept only if the item is saved (<see cref="SaveWithFilesAsync"/>).
/// </summary>
public sealed class EditorUpdateContext(ContentItem item, IFormCollection form)
{
    private readonly List<(string Path, IFormFile File)> _files = [];

    public ContentItem Item { get; } = item;

    public IFormCollection Form { get; } = form;

    /// <summary>The values that could not be read, by property (with its bag prefix).</summary>
    public Dictionary<string, string> Errors { get; private init; } = [];

    /// <summary>The same form and its errors and files, for an item held inside this one (a BagPart's).</summary>
    public EditorUpdateContext For(ContentItem held) => new(held, Form) { Errors = Errors, Files = _files };

    /// <summary>An upload already checked (path, type, size, content), to be stored at <paramref name="path"/> after the save.</summary>
    public void AddFile(string path, IFormFile file) => _files.Add((path, file));

    /// <summary>Whether a path is already taken by an upload of this form.</summary>
    public bool IsPending(string path) => _files.Any(f => f.Path == path);

    /// <summary>
    /// Stores the uploads, then runs <paramref name="save"/>; when the save is refused (validation, a conflict) the
    /// uploads are removed again, so a refused form leaves no file behind. The files exist during the save because
    /// the item's rules read them (a material's file type and size).
    /// </summary>
    public async Task SaveWithFilesAsync(MediaStore media, Func<Task> save)
    {
        var written = new List<string>();
        try
        {
            foreach (var (path, file) in _files)
            {
                await using var content = file.OpenReadStream();
                if (await media.SaveAsync(path, content, file.Length) is { } error)
                {
                    throw new InvalidOperationException(error);
                }

                written.Add(path);
            }

            await save();
        }
        catch
        {
            foreach (var path in written)
            {
                await media.DeleteAsync(path);
            }

            throw;
        }
    }

    private List<(string Path, IFormFile File)> Files { init => _files = value; }

    /// <summary>Everything posted under the field's name, joined by commas.</summary>
    public string Posted(EditorField field) => Form[field.Name].ToString();

    public void Fail(EditorField field, string message) => Errors[field.Prefix + field.Property] = message;

    /// <summary>The JSON object of the part the field's property belongs to, and the property's name in it.</summary>
    public (JsonObject Part, string Property) Target(EditorField field)
    {
        var dot = field.Property.IndexOf('.');
        return (Item.GetOrCreatePart(field.Property[..dot]), field.Property[(dot + 1)..]);
    }

    /// <summary>Sets the field's value in its part.</summary>
    public void Set(EditorField field, JsonNode? value)
    {
        var (part, property) = Target(field);
        part[property] = value;
    }
}
