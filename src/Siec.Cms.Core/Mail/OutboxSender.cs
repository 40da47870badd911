using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Cluster;

namespace Siec.Cms.Core.Mail;

/// <summary>The background worker that empties the outbox: woken after each commit, and every few seconds regardless.</summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, OutboxSignal signal, CmsMetrics metrics, IOptions<MailOptions> options, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
                var sent = await dispatcher.SendDueAsync(stoppingToken);
                if (metrics.OutboxObserved)
                {
                    metrics.OutboxDepth(await dispatcher.WaitingAsync());
                }
                if (sent > 0)
                {
                    logger.LogInformation("Wysłano {Count} wiadomości e-mail.", sent);
                    continue;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Wysyłka poczty nie powiodła się; kolejna próba za {Poll}.", poll);
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
