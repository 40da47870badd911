using Siec.Cms.Core.Setup;

namespace Siec.Cms.Web.Setup;

/// <summary>Until the site is set up, every page leads to the setup page.</summary>
public sealed class SetupRedirectMiddleware(RequestDelegate next)
{
    private bool _setUp;

    public async Task InvokeAsync(HttpContext context, SetupService setup)
    {
        if (!_setUp && !context.Request.Path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase))
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
}
