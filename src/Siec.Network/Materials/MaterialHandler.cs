using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Media;
using Siec.Network.Common;

namespace Siec.Network.Materials;

/// <summary>
/// A material has a file or a link; its file type and size are read from the file, never typed; its form and
/// licence come from their lists, the licence CC BY 4.0 unless chosen.
/// </summary>
public sealed class MaterialHandler(MediaStore media) : IContentHandler
{
    public async Task UpdatingAsync(ContentContext context)
    {
        if (context.ContentItem.ContentType != ContentTypes.Material)
        {
            return;
        }

        var part = MaterialPart.For(context.ContentItem);
        if (string.IsNullOrWhiteSpace(part.Licence))
        {
            part.Licence = Licences.Default;
        }

        if (part.FilePath is { } path && await media.FindAsync(path) is { } file)
        {
            part.Json["FileType"] = new JsonObject { ["Text"] = file.Extension.TrimStart('.').ToUpperInvariant() };
            part.Json["FileSize"] = new JsonObject { ["Value"] = file.Length };
        }
    }

    public async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.ContentType != ContentTypes.Material)
        {
            return;
        }

        var material = MaterialPart.Of(context.ContentItem);
        var path = material.FilePath;
        var link = material.Link;
        var part = material.Json;
        if (path is null && string.IsNullOrWhiteSpace(link))
        {
            context.Fail("Material.File", "Materiał musi mieć plik albo odnośnik zewnętrzny.");
        }

        if (path is not null && await media.FindAsync(path) is null)
        {
            context.Fail("Material.File", $"Plik '{path}' nie istnieje w bibliotece mediów.");
        }

        if (!string.IsNullOrWhiteSpace(link) && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            context.Fail("Material.ExternalLink", "Odnośnik musi być pełnym adresem http:// lub https://.");
        }

        CheckListed(context, part, "Format", MaterialFormats.All);
        CheckListed(context, part, "Licence", Licences.All);
    }

    private static void CheckListed(ValidateContentContext context, JsonObject part, string field, IReadOnlyList<string> allowed)
    {
        var value = part[field]?["Text"]?.GetValue<string>();
        if (value is null || !allowed.Contains(value))
        {
            context.Fail($"Material.{field}", $"Wybierz jedną z wartości: {string.Join(", ", allowed)}.");
        }
    }
}
