using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Security;

/// <summary>Binds every form's antiforgery token to the network that issued it: a token of network A fails in B.</summary>
public sealed class TenantAntiforgeryData : IAntiforgeryAdditionalDataProvider
{
    public string GetAdditionalData(HttpContext context) => context.RequestServices.GetRequiredService<CurrentTenant>().Name;

    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        additionalData == context.RequestServices.GetRequiredService<CurrentTenant>().Name;
}
