using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.Mail;

/// <summary>
/// The background worker that empties the outboxes: woken after each commit (then only the committing networks'),
/// every few seconds for the networks in use (retries), and every few minutes for all of them, so that hundreds of
/// idle networks are not asked every few seconds.
/// </summary>
public sealed class OutboxSender(TenantShells shells, OutboxSignal signal, CmsMetrics metrics, IOptions<MailOptions> options, ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan EveryNetwork = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        var lastSweep = DateTime.MinValue;
        IReadOnlySet<string> woken = new HashSet<string>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var sweep = woken.Count == 0 && DateTime.UtcNow - lastSweep >= EveryNetwork;
            lastSweep = sweep ? DateTime.UtcNow : lastSweep;
            var current = woken;
            bool Due(TenantSettings t) => sweep || (current.Count > 0 ? current.Contains(t.Name) : shells.IsStarted(t.Name));

            // Each network's outbox in turn; the rows it claims keep two nodes from sending one message twice.
            var sent = 0;
            var waiting = 0;
            await shells.ForEachRunningAsync(null, async services =>
            {
                var dispatcher = services.GetRequiredService<OutboxDispatcher>();
                sent += await dispatcher.SendDueAsync(stoppingToken);
                waiting += metrics.OutboxObserved ? await dispatcher.WaitingAsync() : 0;
            }, stoppingToken, Due);
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
                woken = await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
