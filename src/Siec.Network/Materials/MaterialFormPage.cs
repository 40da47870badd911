using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Media;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Materials;

/// <summary>The material form as the member sees it: what they typed (or their material's values), errors by field, the preview.</summary>
public sealed class MaterialFormPage(SitePages pages, ThematicAreas areas, IAntiforgery antiforgery, SafeHtml safeHtml, MediaStore media)
{
    public async Task<IResult> ShowAsync(
        HttpContext http, ContentItem? existing, MaterialInput input, List<(string Field, string Message)> problems, int status, bool preview = false)
    {
        var tokens = http.PrivateTokens(antiforgery);
        var existingFile = existing is null ? null : MaterialPart.Of(existing).FilePath;
        var model = new Dictionary<string, object?>
        {
            ["Action"] = existing is null ? "/materialy/dodaj" : $"/materialy/edytuj/{existing.ContentItemId}",
            ["Editing"] = existing is not null,
            ["TokenName"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken,
            ["Title"] = input.Title,
            ["Markdown"] = input.Markdown,
            ["Link"] = input.Link,
            ["Audience"] = input.Audience,
            ["RightsConfirmed"] = input.RightsConfirmed,
            ["ExistingFile"] = existingFile is null ? null : Path.GetFileName(existingFile),
            ["Areas"] = (await areas.LoadAsync()).Select(t => new Dictionary<string, object?>
            {
                ["Id"] = ThematicAreas.Id(t), ["Name"] = t.GetValueOrDefault("DisplayText"), ["Checked"] = input.Areas.Contains(ThematicAreas.Id(t)),
            }).ToList(),
            ["Formats"] = MaterialFormats.All.Select(f => new Dictionary<string, object?> { ["Name"] = f, ["Selected"] = f == input.Format }).ToList(),
            ["Licences"] = Licences.All.Select((l, i) => new Dictionary<string, object?>
            {
                ["Name"] = l, ["Explanation"] = Licences.Explanations[l], ["Checked"] = l == input.Licence, ["Id"] = "licencja-" + i,
            }).ToList(),
            ["Accept"] = string.Join(",", media.AllowedExtensions),
            ["MaxSize"] = PolishFormat.FileSize(media.MaxFileSize),
            ["MaxBytes"] = media.MaxFileSize,
            ["Errors"] = problems.Select(p => new Dictionary<string, object?> { ["Field"] = p.Field.Length == 0 ? "tytul" : p.Field, ["Message"] = p.Message }).ToList(),
            ["FieldErrors"] = problems.Where(p => p.Field.Length > 0).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => (object?)string.Join(" ", g.Select(p => p.Message))),
            ["Preview"] = preview && input.Markdown.Length > 0 ? safeHtml.FromMarkdown(input.Markdown) : null,
        };
        var title = existing is null ? "Dodaj materiał" : "Popraw materiał";
        return await pages.TemplateAsync(http, "MaterialForm", model, new PageMeta(title), status);
    }

    /// <summary>A new form with the area of the page it was opened from already ticked.</summary>
    public async Task<MaterialInput> WithAreaAsync(MaterialInput input, string areaSlug) =>
        areaSlug.Length > 0 && (await areas.LoadAsync()).FirstOrDefault(t => ThematicAreas.Path(t)?.EndsWith("/" + areaSlug, StringComparison.Ordinal) == true) is { } term
            ? input with { Areas = [ThematicAreas.Id(term)] }
            : input;

    /// <summary>The member's material as the form shows it for a new version (the right to share is confirmed again).</summary>
    public static MaterialInput InputOf(ContentItem material)
    {
        var part = MaterialPart.Of(material);
        return new MaterialInput(material.DisplayText ?? "", material.Part("MarkdownBodyPart")?["Markdown"]?.GetValue<string>() ?? "", part.Link ?? "",
            part.AreaIds, part.Format ?? "", part.Audience ?? "", part.Licence ?? Licences.Default, RightsConfirmed: false);
    }
}
