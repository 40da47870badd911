using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Caching;

namespace Siec.Cms.Core.Http;

/// <summary>Tokens that keep a page private to its reader.</summary>
public static class HttpContextExtensions
{
    /// <summary>
    /// Antiforgery tokens for a form on this page. The page then belongs to this reader, so it is never kept in the
    /// shared output cache (another reader would get a token that is not theirs), nor kept for other members.
    /// </summary>
    public static AntiforgeryTokenSet PrivateTokens(this HttpContext http, IAntiforgery antiforgery)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }

        http.ShowsPersonalData();
        return antiforgery.GetAndStoreTokens(http);
    }

    /// <summary>
    /// A form's token field for a signed-in member: the placeholder the host fills with the member's own token when the
    /// page is rendered for every member of their roles (<see cref="MemberPageRender"/>), else their own token.
    /// </summary>
    public static (string FieldName, string Token) MemberFormToken(this HttpContext http, IAntiforgery antiforgery)
    {
        if (http.SharedRender() is { } shared)
        {
            return (http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName, shared.TokenPlaceholder);
        }

        var tokens = http.PrivateTokens(antiforgery);
        return (tokens.FormFieldName, tokens.RequestToken!);
    }
}
