using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Cluster;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>
/// The background job: every <see cref="CmsOptions.SchedulerSeconds"/> it runs what the <see cref="ContentScheduler"/> has due, on one node at a time
/// (the others find the lease taken and the work done).
/// </summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, ClusterLocks locks, IOptions<CmsOptions> options, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.SchedulerSeconds);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var lease = await locks.TryAcquireAsync("scheduled-publishing", stoppingToken);
                if (lease is null)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var done = await scope.ServiceProvider.GetRequiredService<ContentScheduler>().RunDueAsync();
                if (done > 0)
                {
                    logger.LogInformation("Harmonogram: wykonano {Count} zaplanowanych publikacji lub wycofań.", done);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Harmonogram publikacji nie powiódł się; spróbuje ponownie za {Interval}.", interval);
            }
        }
    }
}
