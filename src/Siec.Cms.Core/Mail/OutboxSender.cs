using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Cluster;

using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.Mail;

/// <summary>The background worker that empties the outbox: woken after each commit, and every few seconds regardless.</summary>
public sealed class OutboxSender(TenantShells shells, OutboxSignal signal, CmsMetrics metrics, IOptions<MailOptions> options, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Each network's outbox in turn; the rows it claims keep two nodes from sending one message twice.
            var sent = 0;
            var waiting = 0;
            await shells.ForEachRunningAsync(null, async services =>
            {
                var dispatcher = services.GetRequiredService<OutboxDispatcher>();
                sent += await dispatcher.SendDueAsync(stoppingToken);
                waiting += metrics.OutboxObserved ? await dispatcher.WaitingAsync() : 0;
            }, stoppingToken);
            if (metrics.OutboxObserved)
            {
                metrics.OutboxDepth(waiting);
            }

            if (sent > 0)
            {
                logger.LogInformation("Wysłano {Count} wiadomości e-mail.", sent);
                continue;
            }

            try
            {
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
