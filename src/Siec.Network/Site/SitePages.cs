using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;

namespace Siec.Network.Site;

/// <summary>Turns a template or an item into a whole themed page, and every miss into the Polish 404 page.</summary>
public sealed class SitePages(ContentDisplay display, PublicAddress address, IAntiforgery antiforgery)
{
    /// <summary>Where an endpoint that shows a page again (a refused post) puts the status code to answer with.</summary>
    public const string StatusKey = "page-status";

    public async Task<IResult> TemplateAsync(HttpContext http, string template, IDictionary<string, object?> model, PageMeta meta, int status = 200)
    {
        var body = await display.RenderAsync(template, model);
        var baseUrl = await address.BaseUrlAsync();
        return Html(await display.RenderPageAsync(body, meta with { Canonical = meta.Canonical ?? baseUrl + http.Request.Path, BaseUrl = baseUrl, Account = Account(http) }, http.Request.Path), status);
    }

    public async Task<IResult> ItemAsync(HttpContext http, ContentItem item, IDictionary<string, object?> extra, string openGraphType)
    {
        var body = await display.RenderItemAsync(item, "Detail", extra);
        var baseUrl = await address.BaseUrlAsync();
        var meta = new PageMeta(item.DisplayText ?? "", null, baseUrl + http.Request.Path, openGraphType, baseUrl) { Account = Account(http) };
        return Html(await display.RenderPageAsync(body, meta, http.Request.Path), http.Items[StatusKey] as int? ?? 200);
    }

    public Task<IResult> NotFoundAsync(HttpContext http) =>
        TemplateAsync(http, "HttpError-NotFound", new Dictionary<string, object?> { ["Path"] = http.Request.Path.Value },
            new PageMeta("Nie znaleziono strony"), StatusCodes.Status404NotFound);

    /// <summary>
    /// The signed-in reader for the header: placeholders when the page is rendered for every member of the reader's
    /// roles (the host puts the reader's own in), else their own, and then the page is theirs alone.
    /// </summary>
    private PageAccount? Account(HttpContext http)
    {
        if (http.User.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return null;
        }

        var (fieldName, token) = http.MemberFormToken(antiforgery);
        return new PageAccount(http.SharedRender()?.NamePlaceholder ?? name, fieldName, token);
    }

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
