using Microsoft.AspNetCore.Http.Features;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Setup;

/// <summary>
/// The first request to a set-up site that has no public address configured records where it was reached, as the
/// setup page does; from then on links never follow the Host header (see <see cref="PublicAddress"/>).
/// </summary>
public sealed class PublicAddressMiddleware(RequestDelegate next, ILogger<PublicAddressMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, PublicAddress address, Transactions transactions)
    {
        // Health probes (a balancer's own host name) and the setup page (before the site exists) say nothing of the public address.
        if (!SetupRedirectMiddleware.IsExempt(context.Request.Path) && context.Features.GetRequiredFeature<TenantRuntime>() is { AddressKnown: false } tenant)
        {
            var url = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            var recorded = await address.RecordFirstAsync(url, transactions);
            if (recorded)
            {
                logger.LogInformation("Adres publiczny strony zapisany z pierwszego żądania: {Address} (zmienisz go w panelu: Ustawienia).", url);
            }

            tenant.AddressKnown = recorded || await address.IsKnownAsync();
        }

        await next(context);
    }
}
