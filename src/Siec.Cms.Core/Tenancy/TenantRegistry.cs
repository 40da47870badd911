using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Tenancy;

/// <summary>
/// The platform's networks as this node last read them from the platform store, so finding a request's network is a
/// dictionary lookup. Read again every few seconds (a network created on another node), at once after a change made
/// here, and when a host nobody claims arrives (a network created a moment ago elsewhere).
/// </summary>
public sealed class TenantRegistry(IServiceScopeFactory scopes, IOptions<TenancyOptions> options)
{
    private static readonly TimeSpan UnknownHostRetry = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>Every network, the default first.</summary>
    public async Task<IReadOnlyList<TenantSettings>> AllAsync() => (await CurrentAsync()).All;

    public async Task<TenantSettings?> FindAsync(string name) =>
        (await CurrentAsync()).All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The network of a request's host name; null when none claims it.</summary>
    public async Task<TenantSettings?> ResolveAsync(string host)
    {
        host = host.ToLowerInvariant();
        var snapshot = await CurrentAsync();
        if (!snapshot.ByHost.ContainsKey(host) && DateTime.UtcNow - snapshot.LoadedUtc > UnknownHostRetry)
        {
            snapshot = await ReloadAsync();
        }

        if (snapshot.ByHost.TryGetValue(host, out var tenant))
        {
            return tenant;
        }

        return options.Value.DefaultHost is null ? snapshot.All[0] : null;
    }

    /// <summary>Forgets what was read, after a change on this node.</summary>
    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> CurrentAsync()
    {
        var snapshot = _snapshot;
        return snapshot is not null && DateTime.UtcNow - snapshot.LoadedUtc < TimeSpan.FromSeconds(options.Value.RefreshSeconds)
            ? snapshot
            : await ReloadAsync();
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

            await using var scope = scopes.CreateAsyncScope();
            var list = await scope.ServiceProvider.GetRequiredService<DocumentStore>().GetAsync<TenantList>(TenantList.DocumentKey);
            var defaultTenant = new TenantSettings { Name = TenantSettings.DefaultName, DisplayName = TenantSettings.DefaultName, Host = Normalize(options.Value.DefaultHost) };
            var all = new List<TenantSettings> { defaultTenant };
            all.AddRange(list.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal));
            var byHost = all.Where(t => t.Host is not null).ToDictionary(t => t.Host!, StringComparer.Ordinal);
            var loaded = new Snapshot(all, byHost, DateTime.UtcNow);
            _snapshot = loaded;
            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    private static string? Normalize(string? host) => string.IsNullOrWhiteSpace(host) ? null : host.Trim().ToLowerInvariant();

    private sealed record Snapshot(List<TenantSettings> All, Dictionary<string, TenantSettings> ByHost, DateTime LoadedUtc);
}
