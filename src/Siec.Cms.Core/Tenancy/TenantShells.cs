using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.Setup;

namespace Siec.Cms.Core.Tenancy;

/// <summary>
/// Scopes that serve one network, and what a network keeps while it is in use: whether its database is brought up to
/// date (done on its first request after the process starts), the page flags the middlewares remember, when it was
/// last asked for. A network idle for <see cref="TenancyOptions.IdleMinutes"/> is let go: its entry and its pooled
/// connections; the next request starts it again.
/// </summary>
public sealed class TenantShells(
    IServiceScopeFactory scopes, TenantRegistry registry, ClusterLocks locks, IOptions<CmsOptions> cms, IOptions<TenancyOptions> options, ILogger<TenantShells> logger)
{
    private readonly ConcurrentDictionary<string, TenantRuntime> _started = new(StringComparer.Ordinal);

    /// <summary>Networks whose database this process brought up to date: kept after idle release, which only drops caches.</summary>
    private readonly ConcurrentDictionary<string, Lazy<Task>> _migrated = new(StringComparer.Ordinal);

    public int StartedCount => _started.Count;

    /// <summary>Whether the network has been asked for and not yet released as idle; the platform's own always is.</summary>
    public bool IsStarted(string name) => name == TenantSettings.DefaultName || _started.ContainsKey(name);

    /// <summary>What the network keeps while started; starting it (migrating its database) when it is not.</summary>
    public async Task<TenantRuntime> EnterAsync(IServiceProvider scope, TenantSettings tenant)
    {
        await UseAsync(scope, tenant);
        var runtime = _started.GetOrAdd(tenant.Name, _ => new TenantRuntime());
        runtime.Touch();
        return runtime;
    }

    /// <summary>Points a scope at the network, bringing its database up to date first if this process has not yet.</summary>
    private async Task UseAsync(IServiceProvider scope, TenantSettings tenant)
    {
        scope.GetRequiredService<CurrentTenant>().Use(tenant);
        var migrated = _migrated.GetOrAdd(tenant.Name, _ => new Lazy<Task>(() => MigrateAsync(tenant)));
        try
        {
            await migrated.Value;
        }
        catch
        {
            // A failed start is tried again by the next request, not remembered.
            _migrated.TryRemove(new KeyValuePair<string, Lazy<Task>>(tenant.Name, migrated));
            throw;
        }
    }

    /// <summary>A scope serving <paramref name="tenant"/>, its database up to date; it does not count as the network being used.</summary>
    public async Task<AsyncServiceScope> OpenAsync(TenantSettings tenant)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            await UseAsync(scope.ServiceProvider, tenant);
            return scope;
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs a background job for every running network, one network at a time, each under its own cluster lock (when
    /// <paramref name="job"/> names one) so that one node does it; a network's failure is logged and does not stop the others.
    /// <paramref name="which"/>, given, picks the networks.
    /// </summary>
    public async Task ForEachRunningAsync(string? job, Func<IServiceProvider, Task> work, CancellationToken cancellation, Func<TenantSettings, bool>? which = null)
    {
        foreach (var tenant in await registry.AllAsync())
        {
            if (tenant.State != TenantState.Running || (which is not null && !which(tenant)))
            {
                continue;
            }

            try
            {
                await using var lease = job is null ? null : await locks.TryAcquireAsync(tenant.Name + ":" + job, cancellation);
                if (job is not null && lease is null)
                {
                    continue;
                }

                await using var scope = await OpenAsync(tenant);
                await work(scope.ServiceProvider);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Zadanie {Job} sieci {Tenant} nie powiodło się; kolejna próba przy następnym przebiegu.", job, tenant.Name);
            }
        }
    }

    /// <summary>Lets go of the networks nobody asked for within the idle time (never the default); returns how many.</summary>
    public int ReleaseIdle(DateTime? now = null)
    {
        var cutoff = (now ?? DateTime.UtcNow) - TimeSpan.FromMinutes(options.Value.IdleMinutes);
        var released = 0;
        foreach (var (name, runtime) in _started)
        {
            if (name != TenantSettings.DefaultName && runtime.LastUsedUtc < cutoff && _started.TryRemove(new KeyValuePair<string, TenantRuntime>(name, runtime)))
            {
                ClearPools(name);
                released++;
            }
        }

        return released;
    }

    /// <summary>Records that the database of <paramref name="name"/> was brought up to date elsewhere (the default network at start).</summary>
    public void MarkMigrated(string name) => _migrated[name] = new Lazy<Task>(Task.CompletedTask);

    /// <summary>Forgets a network at once (disabled or removed), closing its pooled connections.</summary>
    public void Release(string name)
    {
        _started.TryRemove(name, out _);
        _migrated.TryRemove(name, out _);
        ClearPools(name);
    }

    private async Task MigrateAsync(TenantSettings tenant)
    {
        // Nodes starting the same network take turns: the first migrates, the others find it done.
        await using var starting = await locks.AcquireAsync("tenant-start:" + tenant.Name, TimeSpan.FromMinutes(30));
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Use(tenant);
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().InitializeAsync();
    }

    private void ClearPools(string name)
    {
        var current = new CurrentTenant(cms, options);
        current.Use(new TenantSettings { Name = name });
        if (cms.Value.UsesPostgres)
        {
            using var connection = new NpgsqlConnection(current.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new SqliteConnection(current.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }
}

/// <summary>What a started network keeps between requests.</summary>
public sealed class TenantRuntime
{
    private long _lastUsedTicks = DateTime.UtcNow.Ticks;

    public DateTime LastUsedUtc => new(Interlocked.Read(ref _lastUsedTicks), DateTimeKind.Utc);

    /// <summary>Set once the network is known to be set up: the setup redirect stops looking.</summary>
    public bool SetUp { get; set; }

    /// <summary>Set once the network's public address is known: the first-request recording stops looking.</summary>
    public bool AddressKnown { get; set; }

    public void Touch() => Interlocked.Exchange(ref _lastUsedTicks, DateTime.UtcNow.Ticks);
}
