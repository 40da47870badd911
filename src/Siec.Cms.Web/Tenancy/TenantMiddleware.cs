using System.Net;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Tenancy;

/// <summary>
/// Chooses the network of every request from its host name (or, on the platform's host, its path prefix) before
/// anything reads data: the request's scope then serves that network's database, media and caches. A network on a
/// path sees it as the request's path base, as an application under a path does. A host no network claims gets the
/// platform's 404 page, a disabled network a 503 page.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next, TenantRegistry registry, TenantShells shells)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The health checks are the process's; a request run again (the error page) stays in the network it chose.
        if (context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || context.Features.Get<TenantRuntime>() is not null)
        {
            await next(context);
            return;
        }

        var tenant = await registry.ResolveAsync(context.Request.Host.Host, context.Request.Path.Value ?? "");
        if (tenant is null)
        {
            await PlatformPageAsync(context, StatusCodes.Status404NotFound, "Nie ma takiej sieci",
                "Pod tym adresem nie działa żadna sieć współpracy i samokształcenia. Sprawdź adres albo przejdź do listy sieci na stronie platformy.");
            return;
        }

        if (tenant.State == TenantState.Disabled)
        {
            context.Response.Headers.RetryAfter = "3600";
            await PlatformPageAsync(context, StatusCodes.Status503ServiceUnavailable, "Sieć jest wyłączona",
                $"Sieć „{tenant.DisplayName}” jest czasowo wyłączona przez administratorów platformy. Jej dane są zachowane; zajrzyj później.");
            return;
        }

        context.Features.Set(await shells.EnterAsync(context.RequestServices, tenant));
        if (tenant.Prefix is null)
        {
            await next(context);
        }
        else
        {
            await UnderPrefixAsync(context, tenant.Prefix);
        }
    }

    private async Task UnderPrefixAsync(HttpContext context, string prefix)
    {
        var (pathBase, path) = (context.Request.PathBase, context.Request.Path);
        path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest);
        context.Request.PathBase = pathBase.Add(prefix);
        context.Request.Path = rest.HasValue ? rest : "/";
        PrefixedLinks.RedirectUnder(context, prefix);
        try
        {
            await next(context);
        }
        finally
        {
            (context.Request.PathBase, context.Request.Path) = (pathBase, path);
        }
    }

    private static Task PlatformPageAsync(HttpContext context, int status, string title, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="pl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(title)}</title></head>
            <body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p></main></body>
            </html>
            """);
    }
}
