using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Forum;
using Siec.Network.Workshops;

namespace Siec.Network.Notifications;

/// <summary>Once an hour: from 7:00 Polish time the day's digests go out, and workshop reminders for tomorrow, on one node at a time
/// (each message's cause is unique in the outbox, so a second pass adds nothing).</summary>
public sealed class DailyMailService(IServiceScopeFactory scopes, ClusterLocks locks, IClock clock, ILogger<DailyMailService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            if (PolishFormat.ToLocal(clock.UtcNow).Hour < 7)
            {
                continue;
            }

            try
            {
                await using var lease = await locks.TryAcquireAsync("daily-mail", stoppingToken);
                if (lease is null)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var digests = await scope.ServiceProvider.GetRequiredService<ForumDigest>().SendAsync(clock.UtcNow);
                var reminders = await scope.ServiceProvider.GetRequiredService<WorkshopRegistrations>().SendRemindersAsync(clock.UtcNow);
                logger.LogInformation("Podsumowania: {Digests}, przypomnienia o warsztatach: {Reminders}.", digests, reminders);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Wysyłka podsumowań lub przypomnień nie powiodła się; kolejna próba za godzinę.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
