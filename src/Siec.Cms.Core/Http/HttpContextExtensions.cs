using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Siec.Cms.Core.Http;

/// <summary>What the site's pages and mails need from a request: its address, and tokens that keep a page private.</summary>
public static class HttpContextExtensions
{
    /// <summary>The address readers used to reach the site, for canonical links, feeds, calendars, sitemaps and links in mail.</summary>
    public static string BaseUrl(this HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    /// <summary>
    /// Antiforgery tokens for a form on this page. The page then belongs to this reader, so it is never kept in the
    /// shared output cache (another reader would get a token that is not theirs).
    /// </summary>
    public static AntiforgeryTokenSet PrivateTokens(this HttpContext http, IAntiforgery antiforgery)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }

        return antiforgery.GetAndStoreTokens(http);
    }
}
