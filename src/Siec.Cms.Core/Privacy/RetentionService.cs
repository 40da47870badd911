using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.ContentManagement;

using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.Privacy;

/// <summary>The background job that erases rejected applications after their retention period, once an hour, on one node at a time.</summary>
public sealed class RetentionService(TenantShells shells, IClock clock, ILogger<RetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        do
        {
            await shells.ForEachRunningAsync("retention", async services =>
            {
                var erased = await services.GetRequiredService<PersonalData>().EraseExpiredRejectionsAsync(clock.UtcNow);
                if (erased > 0)
                {
                    logger.LogInformation("Usunięto dane {Count} odrzuconych zgłoszeń po okresie przechowywania.", erased);
                }
            }, stoppingToken);
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
