using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Security;

/// <summary>
/// The sign-in cookie of a network on a path prefix has a name of its own: its path keeps it from the platform, but
/// the platform's cookie (path <c>/</c>) reaches the prefix too, and two cookies of one name leave the server to guess
/// which is meant. Networks on their own host keep the plain name.
/// </summary>
public sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _chunks = new();

    public string? GetRequestCookie(HttpContext context, string key) => _chunks.GetRequestCookie(context, NameIn(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _chunks.AppendResponseCookie(context, NameIn(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) => _chunks.DeleteCookie(context, NameIn(context, key), options);

    private static string NameIn(HttpContext context, string key) =>
        context.RequestServices.GetRequiredService<CurrentTenant>().Settings is { Prefix: not null } network ? $"{key}.{network.Name}" : key;
}
