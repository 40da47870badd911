using System.Collections.Concurrent;
using Medallion.Threading.Postgres;
using Microsoft.Extensions.Options;

namespace Siec.Cms.Core.Cluster;

/// <summary>
/// Locks that hold across every node of the site. On PostgreSQL each is an advisory lock held by a connection of its
/// own, so the server releases it the moment its holder dies; on SQLite, which serves one node, a lock in the process.
/// </summary>
public sealed class ClusterLocks(IOptions<CmsOptions> options)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Local = new();

    /// <summary>The lock when nobody holds it, else null at once: for work that another node is already doing.</summary>
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellation = default) =>
        AcquireCoreAsync(name, TimeSpan.Zero, cancellation);

    /// <summary>Waits for the lock up to <paramref name="timeout"/>; throws when it is not had by then.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan timeout, CancellationToken cancellation = default) =>
        await AcquireCoreAsync(name, timeout, cancellation)
        ?? throw new TimeoutException($"Blokada '{name}' nie została zwolniona w ciągu {timeout.TotalSeconds:0} s.");

    private async Task<IAsyncDisposable?> AcquireCoreAsync(string name, TimeSpan timeout, CancellationToken cancellation)
    {
        if (options.Value.UsesPostgres)
        {
            var key = new PostgresAdvisoryLockKey("siec:" + name, allowHashing: true);
            return await new PostgresDistributedLock(key, options.Value.ConnectionString!).TryAcquireAsync(timeout, cancellation);
        }

        var semaphore = Local.GetOrAdd(options.Value.DataPath + "|" + name, _ => new SemaphoreSlim(1, 1));
        return await semaphore.WaitAsync(timeout, cancellation) ? new Release(semaphore) : null;
    }

    private sealed class Release(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            semaphore.Release();
            return ValueTask.CompletedTask;
        }
    }
}
