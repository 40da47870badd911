using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>One web node: the site's own executable in a process of its own, configured for shared mode.</summary>
public sealed class ClusterNode(int number, string folder, IReadOnlyDictionary<string, string> settings) : IDisposable
{
    private readonly ServerProcess _process = new($"node{number}", Path.Combine(folder, $"node{number}.log"));

    public int Number { get; } = number;

    public int Port { get; } = LoopbackPort.Free();

    public string Address => $"http://127.0.0.1:{Port}";

    public bool Running => _process.Running;

    public void Start()
    {
        var data = Path.Combine(folder, $"node{Number}");
        Directory.CreateDirectory(data);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = Address,
            ["Cms__DataPath"] = data,
            ["Cms__NodeName"] = $"node{Number}",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "Siec.Cms.Web.dll")], environment, data);
    }

    /// <summary>Waits until the node says it is ready (database, migrations, Redis).</summary>
    public async Task WaitReadyAsync(int seconds = 120)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until && Running)
        {
            try
            {
                if ((await client.GetAsync(Address + "/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"node{Number} nie jest gotowy po {seconds} s (działa: {Running}). Log:\n{_process.Tail(60)}");
    }

    public void Kill() => _process.Kill();

    public string Log() => _process.Log();

    public void Dispose() => _process.Dispose();
}
