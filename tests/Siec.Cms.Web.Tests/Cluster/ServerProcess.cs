using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>A server program the cluster tests start (Redis, HAProxy, a node): its output goes to a log file, and it can be killed.</summary>
public sealed class ServerProcess(string name, string logPath) : IDisposable
{
    private Process? _process;

    public string Name { get; } = name;

    public string LogPath { get; } = logPath;

    public bool Running => _process is { HasExited: false };

    public void Start(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? "" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Write(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        if (!_process.Start())
        {
            throw new InvalidOperationException($"{Name}: {program} did not start.");
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything, as when a machine dies.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            // The process itself, at once: walking the process tree first took seconds on a loaded machine.
            _process.Kill();
            _process.WaitForExit(10_000);
        }
    }

    public string Log() => File.Exists(LogPath) ? ReadShared(LogPath) : "";

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    /// <summary>Waits until something accepts connections on the port, or fails naming the program and its last output.</summary>
    public async Task WaitForPortAsync(int port, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < until && Running)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"{Name} nie nasłuchuje na porcie {port}. Ostatnie wiersze:\n{Tail()}");
            }
        }
    }

    public string Tail(int lines = 40) => string.Join('\n', Log().Split('\n').TakeLast(lines));

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
