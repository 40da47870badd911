using System.Diagnostics.Metrics;

namespace Siec.Cms.Core.Cluster;

/// <summary>
/// The site's own measurements, published as the <c>Siec.Cms</c> meter (OpenTelemetry exports it when configured):
/// how many messages wait in the outbox, and how often reader pages come from the output cache.
/// </summary>
public sealed class CmsMetrics : IDisposable
{
    public const string MeterName = "Siec.Cms";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _cacheMisses;
    private readonly ObservableGauge<long> _outboxGauge;
    private long _outboxDepth;

    public CmsMetrics()
    {
        _cacheHits = _meter.CreateCounter<long>("siec.output_cache.hits", description: "Reader pages served from the output cache.");
        _cacheMisses = _meter.CreateCounter<long>("siec.output_cache.misses", description: "Cacheable reader pages rendered.");
        _outboxGauge = _meter.CreateObservableGauge("siec.outbox.depth", () => Interlocked.Read(ref _outboxDepth), description: "Messages waiting to be sent, as of the last pass.");
    }

    /// <summary>Whether anything listens to the outbox depth: counting the outbox for nobody is a query wasted.</summary>
    public bool OutboxObserved => _outboxGauge.Enabled;

    /// <summary>Whether anything listens to the cache counters.</summary>
    public bool CacheObserved => _cacheHits.Enabled || _cacheMisses.Enabled;

    public void OutboxDepth(long waiting) => Interlocked.Exchange(ref _outboxDepth, waiting);

    public void CachedPage(bool hit) => (hit ? _cacheHits : _cacheMisses).Add(1);

    public void Dispose() => _meter.Dispose();
}
