using System.Collections.Concurrent;
using System.Net;

using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>
/// An OTLP/HTTP receiver on a loopback port that keeps what each path receives (protobuf bodies: their strings
/// appear as UTF-8 bytes, which is enough to see which spans and metrics arrived and from which node).
/// </summary>
public sealed class OtlpSink : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();

    public OtlpSink()
    {
        Port = LoopbackPort.Free();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ReceiveAsync);
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}/";

    /// <summary>True once a body posted to <paramref name="path"/> contains every one of <paramref name="texts"/>.</summary>
    public bool Received(string path, params string[] texts) =>
        _received.Any(r => r.Path == path && texts.All(t => Contains(r.Body, System.Text.Encoding.UTF8.GetBytes(t))));

    public void Dispose() => _listener.Close();

    /// <summary>What arrived, for a failure message: each path with its bodies' sizes and readable text.</summary>
    public string Describe() => string.Join("\n", _received.Select(r => $"{r.Path} {r.Body.Length} B: "
        + new string(System.Text.Encoding.UTF8.GetString(r.Body).Where(c => !char.IsControl(c)).Take(600).ToArray())));

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
