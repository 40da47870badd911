using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
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
            // Stored as the nonce, the time it was rendered, its content type, its holes and the page, a line each.
            var stored = Encoding.UTF8.GetString(entry).Split('\n', 5);
            var age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(stored[1], CultureInfo.InvariantCulture));
            // As the output cache does for anonymous pages: the page comes from the cache, rendered this long ago.
            http.Response.Headers.Age = ((long)Math.Max(0, age.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            http.Response.ContentType = stored[2];
            await WriteAsync(http, tenant, stored[4], stored[0], JsonSerializer.Deserialize<List<MemberHole>>(stored[3])!, name);
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
        if (http.Response.StatusCode == StatusCodes.Status200OK && !render.Personal && http.Response.Headers.ContentDisposition.Count == 0
            && http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            var tags = CacheSections.StoredTags(cache.Context.Tags, tenant.Name).ToArray();
            var stored = $"{render.Nonce}\n{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}\n{http.Response.ContentType}\n{JsonSerializer.Serialize(render.Holes)}\n{page}";
            await store.SetAsync(key, Encoding.UTF8.GetBytes(stored), tags, CacheSections.Lifetime, http.RequestAborted);
        }

        await WriteAsync(http, tenant, page, render.Nonce, render.Holes, name);
    }

    /// <summary>The page with this member's own parts, name and a form token of theirs in place of the placeholders.</summary>
    private async Task WriteAsync(HttpContext http, CurrentTenant tenant, string page, string nonce, IReadOnlyList<MemberHole> holes, string name)
    {
        var prefix = tenant.Settings.Prefix;
        page = await MemberHoles.FillAsync(http, page, nonce, holes, part => prefix is null ? part : PrefixedLinks.Rewrite(part, prefix));
        page = page.Replace(MemberPageRender.PlaceholderOfName(nonce), ContentDisplay.Encoder.Encode(name), StringComparison.Ordinal);
        // A feed has no form: no token, and no antiforgery cookie or no-store headers for it.
        var tokenPlaceholder = MemberPageRender.PlaceholderOfToken(nonce);
        if (page.Contains(tokenPlaceholder, StringComparison.Ordinal))
        {
            page = page.Replace(tokenPlaceholder, http.PrivateTokens(antiforgery).RequestToken!, StringComparison.Ordinal);
        }

        await HtmlPageBody.WriteAsync(http, page);
    }

    /// <summary>One page per network, path and query, and set of roles (what a member may see and do follows from their roles).</summary>
    private static string Key(HttpContext http, string tenant)
    {
        var roles = string.Join(',', http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        return $"member\u001e{tenant}\u001e{roles}\u001e{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}";
    }
}
