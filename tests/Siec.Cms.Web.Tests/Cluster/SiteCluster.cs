using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>
/// Three nodes of one site in shared mode on PostgreSQL and Redis behind HAProxy, with an SMTP server that keeps what
/// arrives. The nodes start together, so their start-up takes turns on the migration lock. The test process reaches
/// the same database through <see cref="Data"/> to prepare accounts and read back what the nodes wrote.
/// </summary>
public sealed class SiteCluster : IAsyncLifetime
{
    public const string Password = "Haslo-123-Klastra";

    /// <summary>Low enough to reach in a test; no other cluster test posts a form.</summary>
    public const int SubmissionsPerMinute = 5;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "siec-cluster", Guid.NewGuid().ToString("n"));
    private ServerProcess? _redis;
    private ServerProcess? _haproxy;

    public PostgresCluster Postgres { get; private set; } = null!;

    public SmtpSink Smtp { get; } = new();

    public OtlpSink Otlp { get; } = new();

    public IReadOnlyList<ClusterNode> Nodes { get; private set; } = [];

    public int BalancerPort { get; } = LoopbackPort.Free();

    public string Balancer => $"http://127.0.0.1:{BalancerPort}";

    public int RedisPort { get; } = LoopbackPort.Free();

    /// <summary>The balancer's log lines of requests answered 5xx (by a node or by HAProxy itself), with their termination state.</summary>
    public IEnumerable<string> BalancerErrors() =>
        (_haproxy?.Log() ?? "").Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @" 5\d\d \d+ "));

    /// <summary>HAProxy's counters for each node, by name (node1, node2, node3).</summary>
    public Task<Dictionary<string, Dictionary<string, long>>> BalancerStatsAsync() => ClusterServers.NodeStatsAsync(_folder);

    /// <summary>The site's services in the test process, on the cluster's database (no Redis, no background work).</summary>
    public ServiceProvider Data { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Postgres = new PostgresCluster(_folder);
        await Postgres.StartNewAsync();
        _redis = ClusterServers.StartRedis(_folder, RedisPort);
        await _redis.WaitForPortAsync(RedisPort);
        Smtp.Start();
        var settings = new Dictionary<string, string>
        {
            ["Cms:DatabaseProvider"] = "Postgres",
            ["ConnectionStrings:Cms"] = Postgres.ConnectionString,
            ["Cms:Redis"] = $"127.0.0.1:{RedisPort}",
            ["Cms:Media:Store"] = "Database",
            ["Cms:KnownProxies"] = "127.0.0.1",
            ["Cms:Setup:AdminPassword"] = Password,
            ["Cms:Setup:SiteName"] = "Sieć bibliotek pedagogicznych",
            ["Cms:Admin:LoginAttemptsPerMinute"] = "100000",
            ["Cms:Forms:SubmissionsPerMinute"] = SubmissionsPerMinute.ToString(CultureInfo.InvariantCulture),
            ["Cms:Forum:PostsPerMinute"] = "100000",
            ["Cms:Forum:PostsAwaitingApproval"] = "0",
            ["Cms:Mail:Host"] = "127.0.0.1",
            ["Cms:Mail:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Cms:Mail:From"] = "Sieć bibliotek <siec@example.org>",
            ["Cms:Mail:PollSeconds"] = "0.5",
            ["Cms:Mail:ClaimSeconds"] = "10",
            ["Cms:SchedulerSeconds"] = "1",
        };
        // Node 1 alone exports telemetry, so the others show that nothing is collected without an endpoint.
        var telemetry = new Dictionary<string, string>(settings) { ["Cms:Telemetry:OtlpEndpoint"] = Otlp.Endpoint, ["Cms:Telemetry:MetricSeconds"] = "1" };
        Nodes = Enumerable.Range(1, 3).Select(n => new ClusterNode(n, _folder, n == 1 ? telemetry : settings)).ToList();
        foreach (var node in Nodes)
        {
            node.Start();
        }

        await Task.WhenAll(Nodes.Select(n => n.WaitReadyAsync()));
        _haproxy = ClusterServers.StartHaProxy(_folder, BalancerPort, Nodes.Select(n => n.Port));
        await _haproxy.WaitForPortAsync(BalancerPort);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:DataPath"] = Path.Combine(_folder, "tests"),
            ["Cms:DatabaseProvider"] = "Postgres",
            ["ConnectionStrings:Cms"] = Postgres.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSiecCms(configuration, _folder);
        Data = services.BuildServiceProvider();
    }

    /// <summary>A client of one node, or of the balancer when <paramref name="node"/> is null; redirects are not followed.</summary>
    public HttpClient Client(ClusterNode? node = null, System.Net.CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new System.Net.CookieContainer(), UseCookies = true })
        {
            BaseAddress = new Uri(node?.Address ?? Balancer), Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>An account with the role and the cluster's password, written to the shared database.</summary>
    public async Task<string> UserAsync(string name, string role)
    {
        await using var scope = Data.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return name;
    }

    /// <summary>Signs in through <paramref name="node"/> (or the balancer) and returns the cookies the browser would keep.</summary>
    public async Task<System.Net.CookieContainer> SignInAsync(string name, ClusterNode? node = null)
    {
        var cookies = new System.Net.CookieContainer();
        using var client = Client(node, cookies);
        var response = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return cookies;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            node.Dispose();
        }

        _haproxy?.Dispose();
        _redis?.Dispose();
        await Smtp.DisposeAsync();
        Otlp.Dispose();
        if (Data is not null)
        {
            await Data.DisposeAsync();
        }

        await Postgres.DisposeAsync();
        // The nodes' and servers' logs outlive the run beside the screenshots, to read when a test failed.
        if (Environment.GetEnvironmentVariable("TEST_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            var logs = Directory.CreateDirectory(Path.Combine(artifacts, "..", "cluster-logs")).FullName;
            foreach (var log in Directory.GetFiles(_folder, "*.log"))
            {
                File.Copy(log, Path.Combine(logs, Path.GetFileName(log)), overwrite: true);
            }
        }

        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<SiteCluster>
{
    public const string Name = "Cluster";
}
