using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Network.Forum;
using Siec.Network.Workshops;

using Siec.Cms.Core.Tenancy;

namespace Siec.Network.Notifications;

/// <summary>Once an hour: from 7:00 Polish time the day's digests go out, and workshop reminders for tomorrow, on one node at a time
/// (each message's cause is unique in the outbox, so a second pass adds nothing).</summary>
public sealed class DailyMailService(TenantShells shells, IClock clock, ILogger<DailyMailService> logger) : BackgroundService
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

            await shells.ForEachRunningAsync("daily-mail", async services =>
            {
                var digests = await services.GetRequiredService<ForumDigest>().SendAsync(clock.UtcNow);
                var reminders = await services.GetRequiredService<WorkshopRegistrations>().SendRemindersAsync(clock.UtcNow);
                logger.LogInformation("Podsumowania: {Digests}, przypomnienia o warsztatach: {Reminders}.", digests, reminders);
            }, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
