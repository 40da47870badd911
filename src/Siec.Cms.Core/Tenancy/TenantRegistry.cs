using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Tenancy;

/// <summary>
/// The platform's networks as this node last read them from the platform store, so finding a request's network is a
/// dictionary lookup. Read again in the background every few seconds (a network created or disabled on another node),
/// while requests go on with the list they have; at once after a change made here, and when a host nobody claims
/// arrives (a network created a moment ago elsewhere).
/// </summary>
public sealed class TenantRegistry(IServiceScopeFactory scopes, IOptions<TenancyOptions> options, ILogger<TenantRegistry> logger)
{
    private static readonly TimeSpan UnknownHostRetry = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;
    private int _refreshing;

    /// <summary>Counts changes made here: a read begun before one is not kept.</summary>
    private int _generation;

    /// <summary>Every network, the default first.</summary>
    public async Task<IReadOnlyList<TenantSettings>> AllAsync() => (await CurrentAsync()).All;

    public async Task<TenantSettings?> FindAsync(string name) =>
        (await CurrentAsync()).All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The network of a request: the one claiming its host, or on the platform's host the one whose path prefix
    /// <paramref name="path"/> begins with (<c>/sieci/biblioteki/forum</c>); null when none claims the host.
    /// </summary>
    public async Task<TenantSettings?> ResolveAsync(string host, string path)
    {
        host = host.ToLowerInvariant();
        var prefix = PrefixOf(path);
        var snapshot = await CurrentAsync();
        // A host or prefix unknown here may be a network created a moment ago on another node.
        if (((!snapshot.ByHost.ContainsKey(host) && options.Value.DefaultHost is not null) || (prefix is not null && !snapshot.ByPrefix.ContainsKey(prefix)))
            && DateTime.UtcNow - snapshot.LoadedUtc > UnknownHostRetry)
        {
            snapshot = await ReloadAsync();
        }

        var tenant = snapshot.ByHost.TryGetValue(host, out var byHost) ? byHost : options.Value.DefaultHost is null ? snapshot.All[0] : null;
        return tenant is { IsDefault: true } && prefix is not null && snapshot.ByPrefix.TryGetValue(prefix, out var byPrefix) ? byPrefix : tenant;
    }

    /// <summary><c>/sieci/x</c> of a path beginning with it, lower case; null for any other path.</summary>
    private static string? PrefixOf(string path)
    {
        if (!path.StartsWith(TenantSettings.PrefixRoot + "/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = path.IndexOf('/', TenantSettings.PrefixRoot.Length + 1);
        return (end < 0 ? path : path[..end]).ToLowerInvariant();
    }

    /// <summary>Forgets what was read, after a change on this node.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    private async Task<Snapshot> CurrentAsync()
    {
        if (_snapshot is not { } snapshot)
        {
            return await ReloadAsync();
        }

        if (DateTime.UtcNow - snapshot.LoadedUtc >= TimeSpan.FromSeconds(options.Value.RefreshSeconds) && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            // Not part of the request that noticed: its reads, logs and traces stay its own.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(RefreshAsync);
            }
        }

        return snapshot;
    }

    private async Task RefreshAsync()
    {
        try
        {
            await ReloadAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Nie udało się odczytać listy sieci; zostaje poprzednia.");
        }
        finally
        {
            Interlocked.Exchange(ref _refreshing, 0);
        }
    }

    private async Task<Snapshot> ReloadAsync()
    {
        var before = _snapshot;
        await _loading.WaitAsync();
        try
        {
            // Another request may have read it while this one waited.
            if (_snapshot is { } fresh && !ReferenceEquals(fresh, before))
            {
                return fresh;
            }

            while (true)
            {
                var generation = Volatile.Read(ref _generation);
                var loaded = await ReadAsync();
                if (generation == Volatile.Read(ref _generation))
                {
                    _snapshot = loaded;
                    return loaded;
                }
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<Snapshot> ReadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var list = await scope.ServiceProvider.GetRequiredService<DocumentStore>().GetAsync<TenantList>(TenantList.DocumentKey);
        var defaultTenant = new TenantSettings { Name = TenantSettings.DefaultName, DisplayName = TenantSettings.DefaultName, Host = Normalize(options.Value.DefaultHost) };
        var all = new List<TenantSettings> { defaultTenant };
        all.AddRange(list.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal));
        var byHost = all.Where(t => t.Host is not null).ToDictionary(t => t.Host!, StringComparer.Ordinal);
        var byPrefix = all.Where(t => t.Prefix is not null).ToDictionary(t => t.Prefix!, StringComparer.Ordinal);
        return new Snapshot(all, byHost, byPrefix, DateTime.UtcNow);
    }

    private static string? Normalize(string? host) => string.IsNullOrWhiteSpace(host) ? null : host.Trim().ToLowerInvariant();

    private sealed record Snapshot(List<TenantSettings> All, Dictionary<string, TenantSettings> ByHost, Dictionary<string, TenantSettings> ByPrefix, DateTime LoadedUtc);
}
