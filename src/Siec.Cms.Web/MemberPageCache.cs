using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Tenancy;
using Siec.Cms.Web.Tenancy;

namespace Siec.Cms.Web;

/// <summary>
/// Reader pages for signed-in members from the page cache too. A page is rendered once for all members of the same
/// roles, with placeholders for the member's name and form token (<see cref="MemberPageRender"/>), kept in the output
/// cache's store beside the anonymous pages under the same tags (a commit evicts both, on every node sharing the
/// store), and served to each member with their own name, token and parts (<see cref="MemberHoles"/>) put in. A page
/// that shows one member's own data otherwise (<see cref="MemberPages.ShowsPersonalData"/>) is rendered for each
/// request, as before. Runs after the output cache (whose feature carries the page's tags) and before the prefixed
/// networks' links are moved (kept moved; the parts put in are moved as they are).
/// </summary>
public sealed class MemberPageCache(RequestDelegate next, IOutputCacheStore store, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext http, CurrentTenant tenant)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || http.User.Identity is not { IsAuthenticated: true, Name: { } name }
            || http.GetEndpoint()?.Metadata.GetMetadata<IOutputCachePolicy>() is null)
        {
            await next(http);
            return;
        }

        var key = Key(http, tenant.Name);
        if (await store.GetAsync(key, http.RequestAborted) is { } entry)
        {
            var stored = StoredMemberPage.Of(entry);
            // As the output cache does for anonymous pages: the page comes from the cache, rendered this long ago.
            http.Response.Headers.Age = ((long)Math.Max(0, (DateTimeOffset.UtcNow - stored.Rendered).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            http.Response.ContentType = stored.ContentType;
            await WriteAsync(http, tenant, stored, name);
            return;
        }

        var render = new MemberPageRender();
        http.Features.Set(render);
        string? page;
        try
        {
            // Feeds and sitemaps too: a member's feed reader or browser asks for them with the cookie.
            page = await HtmlPageBody.KeepAsync(http, next, keepsAnyText: true);
        }
        finally
        {
            http.Features.Set<MemberPageRender>(null);
        }

        if (page is null)
        {
            return;
        }

        // A download (a calendar file) keeps its own headers: it is not kept.
        var contentType = http.Response.ContentType ?? "";
        if (http.Response.StatusCode == StatusCodes.Status200OK && !render.Personal && http.Response.Headers.ContentDisposition.Count == 0
            && http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            var tags = CacheSections.StoredTags(cache.Context.Tags, tenant.Name).ToArray();
            var stored = StoredMemberPage.Keep(render.Nonce, DateTimeOffset.UtcNow, contentType, render.Holes, page);
            await store.SetAsync(key, stored, tags, CacheSections.Lifetime, http.RequestAborted);
            await WriteAsync(http, tenant, StoredMemberPage.Of(stored), name);
            return;
        }

        await WriteAsync(http, tenant, new StoredMemberPage(render.Nonce, DateTimeOffset.UtcNow, contentType, render.Holes, page), name);
    }

    /// <summary>The page with this member's own parts, name and a form token of theirs in place of the placeholders.</summary>
    private async Task WriteAsync(HttpContext http, CurrentTenant tenant, StoredMemberPage page, string name)
    {
        var prefix = tenant.Settings.Prefix;
        var parts = await MemberHoles.RenderAllAsync(http, page.Holes, part => prefix is null ? part : PrefixedLinks.Rewrite(part, prefix));
        // A feed has no form: no token, and no antiforgery cookie or no-store headers for it.
        string? token = null;
        string Member(string placeholder) => placeholder switch
        {
            MemberPageRender.Name => ContentDisplay.Encoder.Encode(name),
            MemberPageRender.Token => token ??= http.PrivateTokens(antiforgery).RequestToken!,
            _ => page.Nonce + placeholder,
        };

        // A part chosen from forms rendered with the page holds their placeholders too.
        await page.WriteAsync(http.Response, placeholder =>
            MemberPageRender.HoleIndex(placeholder) is { } index && index < parts.Length ? MemberHoles.Fill(parts[index], page.Nonce, Member) : Member(placeholder));
    }

    /// <summary>One page per network, path and query, and set of roles (what a member may see and do follows from their roles).</summary>
    private static string Key(HttpContext http, string tenant)
    {
        var roles = string.Join(',', http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        return $"member\u001e{tenant}\u001e{roles}\u001e{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}";
    }
}
