using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Siec.Cms.Core.Tenancy;

/// <summary>Once a minute lets go of the networks nobody asked for within the idle time.</summary>
public sealed class TenantIdleRelease(TenantShells shells, ILogger<TenantIdleRelease> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var released = shells.ReleaseIdle();
            if (released > 0)
            {
                logger.LogInformation("Zwolniono {Count} nieużywanych sieci; pozostało {Started}.", released, shells.StartedCount);
            }
        }
    }
}
