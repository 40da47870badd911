using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.Cluster;

namespace Siec.Network.Portal;

/// <summary>Refreshes the portal's list of networks soon after start and then every <c>Cms:Portal:RefreshMinutes</c> (10), on one node at a time.</summary>
public sealed class NetworkDirectoryRefresh(IServiceScopeFactory scopes, ClusterLocks locks, IConfiguration configuration, ILogger<NetworkDirectoryRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Cms:Portal:RefreshMinutes", 10.0))));
        do
        {
            try
            {
                await using var lease = await locks.TryAcquireAsync("portal-directory", stoppingToken);
                if (lease is not null)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<NetworkDirectory>().RefreshAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Odświeżenie listy sieci na portalu nie powiodło się; kolejna próba przy następnym przebiegu.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
