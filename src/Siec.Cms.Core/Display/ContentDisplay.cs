using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display.Templates;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Display;

/// <summary>
/// Renders content with the theme: an item by the first template that exists of <c>Content-{Type}.{DisplayType}</c>,
/// <c>Content-{Type}</c>, <c>Content.{DisplayType}</c>, <c>Content</c>; a page inside <c>Layout</c>. A template the site
/// stores (Orchard's Templates) takes the place of the theme's file of the same shape.
/// </summary>
public sealed class ContentDisplay(LiquidTemplates templates, DocumentStore documents, MainMenu menu)
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEnumerable<string> Alternates(string contentType, string displayType) =>
    [
        $"Content-{contentType}.{displayType}",
        $"Content-{contentType}",
        $"Content.{displayType}",
        "Content",
    ];

    public async Task<string> TemplateForAsync(string contentType, string displayType)
    {
        var stored = await StoredAsync();
        return Alternates(contentType, displayType).First(n => templates.Exists(n, stored));
    }

    /// <summary>Renders one item; <paramref name="extra"/> adds values beside <c>Model.ContentItem</c> (lists, pagers).</summary>
    public async Task<RenderedBody> RenderItemAsync(ContentItem item, string displayType, IDictionary<string, object?>? extra = null)
    {
        var model = new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>())
        {
            ["ContentItem"] = LiquidModel.From(item),
            ["DisplayType"] = displayType,
        };
        return await RenderAsync(await TemplateForAsync(item.ContentType, displayType), model);
    }

    /// <summary>Renders a named template (e.g. <c>Home</c>) with <c>Model</c> set to <paramref name="model"/>.</summary>
    public async Task<RenderedBody> RenderAsync(string template, IDictionary<string, object?> model)
    {
        var context = await CreateContextAsync();
        context.SetValue("Model", model);
        var zones = RenderedBody.ZoneNames.ToDictionary(z => z, _ => "");
        context.Captured = (name, value, _) =>
        {
            if (zones.ContainsKey(name))
            {
                zones[name] = value.ToStringValue();
            }

            return ValueTask.FromResult(value);
        };
        var html = await templates.Get(template, await StoredAsync()).RenderAsync(context, Encoder);
        return new RenderedBody(html, zones);
    }

    /// <summary>Renders a partial template (e.g. <c>_Follow</c>) with the variables it is given, as <c>{% render %}</c> would.</summary>
    public async Task<string> RenderPartialAsync(string template, IReadOnlyDictionary<string, object?> variables)
    {
        var context = await CreateContextAsync();
        foreach (var (name, value) in variables)
        {
            context.SetValue(name, value);
        }

        return await templates.Get(template, await StoredAsync()).RenderAsync(context, Encoder);
    }

    /// <summary>Puts a rendered body and its zones into the theme's Layout, with the site, its menu and the page's meta data.</summary>
    public async Task<string> RenderPageAsync(RenderedBody body, PageMeta meta, string requestPath)
    {
        var context = await CreateContextAsync();
        context.SetValue("Body", body.Html);
        context.SetValue("Zones", body.Zones);
        context.SetValue("Page", new Dictionary<string, object?>
        {
            ["Title"] = meta.Title,
            ["Description"] = meta.Description,
            ["Canonical"] = meta.Canonical,
            ["BaseUrl"] = meta.BaseUrl,
            ["OgType"] = meta.OgType,
            ["Path"] = requestPath,
            ["Feeds"] = meta.Feeds.Select(f => new Dictionary<string, object?> { ["Title"] = f.Key, ["Href"] = f.Value }).ToList(),
            ["Account"] = meta.Account is { } account
                ? new Dictionary<string, object?> { ["Name"] = account.Name, ["TokenName"] = account.TokenName, ["Token"] = account.Token }
                : null,
        });
        context.SetValue("Menu", await MenuAsync(requestPath));
        return await templates.Get("Layout", await StoredAsync()).RenderAsync(context, Encoder);
    }

    /// <summary>The site's stored templates (Orchard's Templates), read with the settings in one query.</summary>
    private async Task<StoredTemplates> StoredAsync()
    {
        await documents.PreloadAsync(SiteSettings.DocumentKey, StoredTemplates.SiteKey);
        return await documents.GetAsync<StoredTemplates>(StoredTemplates.SiteKey);
    }

    private async Task<TemplateContext> CreateContextAsync()
    {
        var stored = await StoredAsync();
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        var context = new TemplateContext(templates.Options);
        context.AmbientValues[LiquidTemplates.StoredKey] = stored;
        context.SetValue("Site", new Dictionary<string, object?>
        {
            ["SiteName"] = settings.SiteName,
            ["BaseUrl"] = settings.BaseUrl,
            ["Properties"] = LiquidModel.Convert(settings.Properties),
        });
        return context;
    }

    /// <summary>The links of the main menu, the current one marked.</summary>
    private async Task<List<Dictionary<string, object?>>> MenuAsync(string requestPath) =>
        (await menu.LoadAsync()).Select(link =>
        {
            var url = LiquidFilters.Href(link.Url);
            var current = url == "/" ? requestPath == "/" : requestPath == url || requestPath.StartsWith(url + "/", StringComparison.Ordinal);
            return new Dictionary<string, object?> { ["Text"] = link.Text, ["Url"] = url, ["Current"] = current };
        }).ToList();
}
