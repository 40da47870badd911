using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Siec.Cms.Core.Cluster;

/// <summary>What a node shares with the others: data-protection keys and the output cache in Redis when shared mode is on.</summary>
public static class ClusterServiceCollectionExtensions
{
    public static IServiceCollection AddCluster(this IServiceCollection services, CmsOptions options)
    {
        services.AddSingleton<ClusterLocks>();
        services.AddSingleton<CmsMetrics>();
        var protection = services.AddDataProtection();
        if (!options.SharedMode)
        {
            // Keys live with the site's data so sign-in cookies and reset links survive a restart.
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataPath, "keys")));
            return services;
        }

        var redis = new SharedRedis(Options.Create(options));
        services.AddSingleton(redis);
        // Every node must derive the same keys: the name, not the folder each node happens to run from.
        protection.SetApplicationName("Siec.Cms")
            .PersistKeysToStackExchangeRedis(() => redis.Connection.GetDatabase(), SharedRedis.KeyPrefix + "data-protection-keys");
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.InstanceName = SharedRedis.KeyPrefix + "output:";
            o.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Connection);
        });
        return services;
    }
}
