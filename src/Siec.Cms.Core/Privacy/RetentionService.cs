using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Privacy;

/// <summary>The background job that erases rejected applications after their retention period, once an hour, on one node at a time.</summary>
public sealed class RetentionService(IServiceScopeFactory scopes, ClusterLocks locks, IClock clock, ILogger<RetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                await using var lease = await locks.TryAcquireAsync("retention", stoppingToken);
                if (lease is null)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var erased = await scope.ServiceProvider.GetRequiredService<PersonalData>().EraseExpiredRejectionsAsync(clock.UtcNow);
                if (erased > 0)
                {
                    logger.LogInformation("Usunięto dane {Count} odrzuconych zgłoszeń po okresie przechowywania.", erased);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Usuwanie danych odrzuconych zgłoszeń nie powiodło się; kolejna próba za godzinę.");
            }
        }
        while (await WaitAsync(stoppingToken));
    }

    private static async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Interval, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
