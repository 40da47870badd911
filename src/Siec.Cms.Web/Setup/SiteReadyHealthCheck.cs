using Microsoft.Extensions.Diagnostics.HealthChecks;
using Siec.Cms.Core.Setup;

namespace Siec.Cms.Web.Setup;

/// <summary>Healthy once the database answers and the site has been set up.</summary>
public sealed class SiteReadyHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SetupService>().IsSetUpAsync()
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Strona nie jest jeszcze skonfigurowana.");
    }
}
