using Microsoft.AspNetCore.Http.Features;
using Siec.Cms.Core.Setup;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Setup;

/// <summary>Until the site is set up, every page but the health check leads to the setup page.</summary>
public sealed class SetupRedirectMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SetupService setup)
    {
        if (!IsExempt(context.Request.Path) && context.Features.GetRequiredFeature<TenantRuntime>() is { SetUp: false } tenant)
        {
            tenant.SetUp = await setup.IsSetUpAsync();
            if (!tenant.SetUp)
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
