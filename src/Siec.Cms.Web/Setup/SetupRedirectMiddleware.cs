using Siec.Cms.Core.Setup;

namespace Siec.Cms.Web.Setup;

/// <summary>Until the site is set up, every page but the health check leads to the setup page.</summary>
public sealed class SetupRedirectMiddleware(RequestDelegate next)
{
    private bool _setUp;

    public async Task InvokeAsync(HttpContext context, SetupService setup)
    {
        if (!_setUp && !IsExempt(context.Request.Path))
        {
            _setUp = await setup.IsSetUpAsync();
            if (!_setUp)
            {
                context.Response.Redirect("/setup");
                return;
            }
        }

        await next(context);
    }

    public static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
