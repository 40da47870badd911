using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Blog;

/// <summary>The blog's own route beside its items' paths: its RSS feed.</summary>
public static class BlogEndpoints
{
    public static IEndpointRouteBuilder MapBlog(this IEndpointRouteBuilder routes)
    {
        routes.MapCachedGet("/blog/rss", (HttpContext http) => RssFeed.WriteAsync(http, ContentTypes.BlogPost, "Blog koordynatora sieci", "/blog",
            i => i.Part(ContentTypes.BlogPost)?["Lead"]?["Text"]?.GetValue<string>()));
        return routes;
    }
}
