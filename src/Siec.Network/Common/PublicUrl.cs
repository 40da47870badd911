using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Settings;

namespace Siec.Network.Common;

/// <summary>The site's address for links in mail: the request's when there is one, else the BaseUrl setting.</summary>
public sealed class PublicUrl(IHttpContextAccessor http, DocumentStore documents)
{
    public async Task<string> BaseAsync() =>
        http.HttpContext is { } context ? context.BaseUrl()
        : (await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).BaseUrl?.TrimEnd('/') ?? "http://localhost";
}
