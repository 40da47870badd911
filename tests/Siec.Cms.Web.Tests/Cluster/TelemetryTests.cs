using System.Net;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>With an OTLP endpoint configured (node 1), traces and metrics leave the node, named by it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TelemetryTests(SiteCluster cluster)
{
    [Fact]
    public async Task Node_1_exports_request_and_database_spans_and_the_sites_own_metrics_over_OTLP()
    {
        var reader = cluster.Client(cluster.Nodes[0]);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/forum")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/blog")).StatusCode);
        }

        (string Path, string[] Texts)[] expected =
        [
            ("/v1/traces", ["node1", "Microsoft.AspNetCore", "/forum"]),
            ("/v1/traces", ["node1", "Npgsql", "postgresql"]),
            ("/v1/metrics", ["node1", "http.server.request.duration"]),
            ("/v1/metrics", ["node1", "siec.outbox.depth"]),
            ("/v1/metrics", ["node1", "siec.output_cache.hits", "siec.output_cache.misses"]),
        ];
        var until = DateTime.UtcNow.AddSeconds(40);
        while (expected.Where(e => !cluster.Otlp.Received(e.Path, e.Texts)).ToList() is { Count: > 0 } missing)
        {
            Assert.True(DateTime.UtcNow < until, "not received over OTLP from node 1 within 40 s: " + string.Join("; ", missing.Select(m => $"{m.Path} with {string.Join(", ", m.Texts)}")));
            await Task.Delay(250);
        }

        Assert.False(cluster.Otlp.Received("/v1/traces", "node2"), "node 2 has no OTLP endpoint and must export nothing");
    }
}
