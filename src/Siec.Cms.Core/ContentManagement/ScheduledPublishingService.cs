using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.Cluster;

namespace Siec.Cms.Core.ContentManagement;

/// <summary>
/// The background job: every 30 seconds it runs what the <see cref="ContentScheduler"/> has due, on one node at a time
/// (the others find the lease taken and the work done).
/// </summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, ClusterLocks locks, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
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
                logger.LogError(e, "Harmonogram publikacji nie powiódł się; spróbuje ponownie za {Interval}.", Interval);
            }
        }
    }
}
