using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Tenancy;

/// <summary>
/// Writes the pages of a network on a path prefix with their links under it (<see cref="PrefixedLinks"/>). It runs
/// after the output cache, so a cached page is kept with its links already moved and served as it is.
/// </summary>
public sealed class PrefixedPages(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentTenant tenant)
    {
        if (tenant.Settings.Prefix is not { } prefix)
        {
            await next(context);
            return;
        }

        if (await HtmlPageBody.KeepAsync(context, next) is { } page)
        {
            await HtmlPageBody.WriteAsync(context, PrefixedLinks.Rewrite(page, prefix));
        }
    }
}
