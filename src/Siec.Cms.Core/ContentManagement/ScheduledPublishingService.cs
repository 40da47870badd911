using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Cluster;

using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>
/// The background job: every <see cref="CmsOptions.SchedulerSeconds"/> it runs what the <see cref="ContentScheduler"/> has due, on one node at a time
/// (the others find the lease taken and the work done).
/// </summary>
public sealed class ScheduledPublishingService(TenantShells shells, IOptions<CmsOptions> options, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.SchedulerSeconds);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await shells.ForEachRunningAsync("scheduled-publishing", async services =>
            {
                var done = await services.GetRequiredService<ContentScheduler>().RunDueAsync();
                if (done > 0)
                {
                    logger.LogInformation("Harmonogram: wykonano {Count} zaplanowanych publikacji lub wycofań.", done);
                }
            }, stoppingToken);
        }
    }
}
