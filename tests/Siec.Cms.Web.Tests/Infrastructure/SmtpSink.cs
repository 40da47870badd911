using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a loopback port (the SmtpServer package) that keeps what arrives, parsed with MimeKit.
/// It can be stopped and started again on the same port, to test a mail server that goes away.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stop;
    private Task? _running;

    public int Port { get; } = LoopbackPort.Free();

    /// <summary>How long the server takes over each message before it accepts it, as a remote server would.</summary>
    public TimeSpan Delay { get; set; }

    public IReadOnlyList<MimeMessage> Messages => _messages.ToList();

    public IEnumerable<MimeMessage> To(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

    public SmtpSink Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_messages, this));
        _server = new SmtpServer.SmtpServer(options, services);
        _stop = new CancellationTokenSource();
        _running = _server.StartAsync(_stop.Token);
        return this;
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        _stop!.Cancel();
        try
        {
            await _running!;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked.
        }

        _server = null;
    }

    /// <summary>Waits until <paramref name="done"/> holds for what has arrived, or fails after <paramref name="seconds"/>.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<MimeMessage>, bool> done, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(Messages))
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Poczta nie dotarła w {seconds} s; dotarło {Messages.Count}: {string.Join("; ", Messages.Select(m => m.To + " " + m.Subject))}");
            }

            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private sealed class Store(ConcurrentQueue<MimeMessage> messages, SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (sink.Delay > TimeSpan.Zero)
            {
                await Task.Delay(sink.Delay, cancellationToken);
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
