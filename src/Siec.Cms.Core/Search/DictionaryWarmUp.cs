using Microsoft.Extensions.Hosting;

namespace Siec.Cms.Core.Search;

/// <summary>
/// Loads the dictionary a few seconds after the web host has started, so neither the first page (the load takes a
/// core for about two seconds) nor the first search waits for it; a search or save before then loads it itself.
/// </summary>
internal sealed class DictionaryWarmUp(PolishStemmer stemmer, IHostApplicationLifetime lifetime) : IHostedService
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Delay(Delay, lifetime.ApplicationStopping)
            .ContinueWith(_ => stemmer.WarmUp(), TaskContinuationOptions.OnlyOnRanToCompletion));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
