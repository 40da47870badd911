using Npgsql;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>
/// The shared parts the nodes use, started for the cluster tests from Debian's packages (tests/run-all.sh installs
/// them): a PostgreSQL cluster of its own (the tests restart it), Redis and HAProxy. A missing program fails the test.
/// </summary>
public static class ClusterServers
{
    public static string Require(string path, string package) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: install Debian's {package} (tests/run-all.sh does).");

    public static ServerProcess StartRedis(string folder, int port)
    {
        var redis = new ServerProcess("redis", Path.Combine(folder, "redis.log"));
        redis.Start(Require("/usr/bin/redis-server", "redis-server"), ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder]);
        return redis;
    }

    /// <summary>HAProxy in front of the nodes: round robin, a node out after two failed readiness probes, connection failures retried on another node.</summary>
    public static ServerProcess StartHaProxy(string folder, int port, IEnumerable<int> nodePorts)
    {
        var config = Path.Combine(folder, "haproxy.cfg");
        var servers = string.Join('\n', nodePorts.Select((p, i) => $"    server node{i + 1} 127.0.0.1:{p} check inter 500 fall 2 rise 1"));
        File.WriteAllText(config, $"""
            global
                maxconn 2000
            defaults
                mode http
                timeout connect 1s
                timeout client 60s
                timeout server 60s
                retries 3
                option redispatch 1
                retry-on conn-failure
            frontend site
                bind 127.0.0.1:{port}
                option forwardfor
                default_backend nodes
            backend nodes
                balance roundrobin
                option httpchk GET /health/ready
            {servers}

            """);
        var haproxy = new ServerProcess("haproxy", Path.Combine(folder, "haproxy.log"));
        haproxy.Start(Require("/usr/sbin/haproxy", "haproxy"), ["-db", "-f", config]);
        return haproxy;
    }
}

/// <summary>A PostgreSQL cluster in a folder of its own, so a test may stop and start it; as root it runs as <c>postgres</c>.</summary>
public sealed class PostgresCluster(string folder) : IAsyncDisposable
{
    private readonly string _data = Path.Combine(folder, "pg");

    public int Port { get; } = ServerProcess.FreePort();

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=siec;Pooling=true;Timeout=5;Command Timeout=30";

    public async Task StartNewAsync()
    {
        Directory.CreateDirectory(_data);
        await AsPostgresAsync($"chown postgres:postgres {_data}", asRoot: true);
        await AsPostgresAsync($"{Bin("initdb")} -D {_data}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
        await StartAsync();
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres");
        await connection.OpenAsync();
        await new NpgsqlCommand("CREATE DATABASE siec", connection).ExecuteNonQueryAsync();
    }

    public Task StartAsync() => AsPostgresAsync(
        $"{Bin("pg_ctl")} -D {_data}/data -l {_data}/server.log -w -o '-c listen_addresses=127.0.0.1 -p {Port} -k {_data} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400' start");

    public Task StopAsync() => AsPostgresAsync($"{Bin("pg_ctl")} -D {_data}/data -m fast -w stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AsPostgresAsync($"{Bin("pg_ctl")} -D {_data}/data -m immediate stop", check: false);
    }

    private static string Bin(string program)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Directory.Exists).OrderBy(d => d).LastOrDefault()
            : null;
        return bin is not null ? Path.Combine(bin, program) : throw new InvalidOperationException("PostgreSQL is missing: install Debian's postgresql (tests/run-all.sh does).");
    }

    private static async Task AsPostgresAsync(string command, bool asRoot = false, bool check = true)
    {
        var root = Environment.UserName == "root";
        if (asRoot && !root)
        {
            return;
        }

        var start = new System.Diagnostics.ProcessStartInfo(root && !asRoot ? "su" : "sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in root && !asRoot ? new[] { "postgres", "-s", "/bin/sh", "-c", command } : ["-c", command])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
