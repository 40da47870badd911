using Npgsql;

using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>
/// The shared parts the nodes use, started for the cluster tests from Debian's packages (tests/run-all.sh installs
/// them): a PostgreSQL cluster of its own (the tests restart it), Redis and HAProxy. A missing program fails the test.
/// </summary>
public static class ClusterServers
{
    /// <summary>Requests HAProxy lets each node work on at once (the rest wait in its queue): what a node's death can cost.</summary>
    public const int NodeConnections = 32;

    public static string Require(string path, string package) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: install Debian's {package} (tests/run-all.sh does).");

    public static ServerProcess StartRedis(string folder, int port)
    {
        var redis = new ServerProcess("redis", Path.Combine(folder, "redis.log"));
        redis.Start(Require("/usr/bin/redis-server", "redis-server"), ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder]);
        return redis;
    }

    /// <summary>
    /// HAProxy in front of the nodes: round robin, at most <see cref="NodeConnections"/> requests a node, a node out after three
    /// failed readiness probes (a probe may take 5 s under load; a dead node fails at once), a request whose connection fails sent to another node.
    /// </summary>
    public static ServerProcess StartHaProxy(string folder, int port, IEnumerable<int> nodePorts)
    {
        var config = Path.Combine(folder, "haproxy.cfg");
        var servers = string.Join('\n', nodePorts.Select((p, i) => $"    server node{i + 1} 127.0.0.1:{p} check inter 1s fall 3 rise 2 observe layer4 error-limit 1 on-error mark-down maxconn {NodeConnections}"));
        File.WriteAllText(config, $"""
            global
                maxconn 2000
                log stdout format raw local0
                stats socket {StatsSocket(folder)} mode 600 level admin
            defaults
                mode http
                log global
                option httplog
                timeout connect 1s
                timeout queue 30s
                timeout check 5s
                timeout client 60s
                timeout server 180s
                retries 5
                option redispatch 1
                retry-on conn-failure
                # Each request gets a connection to a node of its own: a request sent on a kept connection to a
                # node that died since would fail after being sent, which cannot be retried safely.
                option http-server-close
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

    public static string StatsSocket(string folder) => Path.Combine(folder, "haproxy.sock");

    /// <summary>HAProxy's own counters (<c>show stat</c>) for each node and the frontend: sessions, errors, aborts, answers by class.</summary>
    public static async Task<Dictionary<string, Dictionary<string, long>>> NodeStatsAsync(string folder)
    {
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        await socket.ConnectAsync(new System.Net.Sockets.UnixDomainSocketEndPoint(StatsSocket(folder)));
        await socket.SendAsync("show stat\n"u8.ToArray());
        using var reader = new StreamReader(new System.Net.Sockets.NetworkStream(socket, ownsSocket: false));
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimStart('#', ' ').Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Where(f => f[0] is "nodes" or "site")
            .ToDictionary(f => f[0] == "site" ? "frontend" : f[1], f => header.Zip(f).Where(p => long.TryParse(p.Second, out _)).ToDictionary(p => p.First, p => long.Parse(p.Second)));
    }
}

/// <summary>A PostgreSQL cluster in a folder of its own, so a test may stop and start it; as root it runs as <c>postgres</c>.</summary>
public sealed class PostgresCluster(string folder) : IAsyncDisposable
{
    private readonly string _data = Path.Combine(folder, "pg");

    public int Port { get; } = LoopbackPort.Free();

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=siec;Pooling=true";

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

    public async Task StopAsync()
    {
        await AsPostgresAsync($"{Bin("pg_ctl")} -D {_data}/data -m fast -w stop");
        // The test process's own pooled connections died with the server.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>What the site's connections are doing (state, wait, seconds in the transaction, query), for failure messages.</summary>
    public async Task<string> ActivityAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT pid, state, wait_event_type, wait_event, extract(epoch from now() - xact_start)::int, left(query, 150)
            FROM pg_stat_activity WHERE datname = 'siec' AND state <> 'idle'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
        {
            lines.AppendLine($"{reader[0]} {reader[1]} {reader[2]} {reader[3]} {reader[4]} s: {reader[5]}");
        }

        return lines.ToString();
    }

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
