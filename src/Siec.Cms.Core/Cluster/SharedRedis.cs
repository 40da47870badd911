using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Siec.Cms.Core.Cluster;

/// <summary>
/// The node's one connection to Redis in shared mode. StackExchange.Redis multiplexes every caller over it and
/// reconnects by itself, so a Redis restart costs the calls made meanwhile, not the node.
/// </summary>
public sealed class SharedRedis : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection;

    public SharedRedis(IOptions<CmsOptions> options)
    {
        var settings = ConfigurationOptions.Parse(options.Value.Redis ?? throw new InvalidOperationException("Cms:Redis nie jest ustawione."));
        // A node must start (and answer 503 on /health/ready) while Redis is away, not fail to start.
        settings.AbortOnConnectFail = false;
        settings.ClientName = options.Value.NodeName;
        _connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(settings));
    }

    public IConnectionMultiplexer Connection => _connection.Value;

    /// <summary>Keys of one site are prefixed with this, so a Redis shared with other software never collides with it.</summary>
    public const string KeyPrefix = "siec:";

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
