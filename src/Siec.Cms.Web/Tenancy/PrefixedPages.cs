using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Tenancy;

/// <summary>
/// Writes the pages of a network on a path prefix with their links under it (<see cref="PrefixedLinks"/>). It runs
/// after the output cache, so a cached page is kept with its links already moved and served as it is.
/// </summary>
public sealed class PrefixedPages(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentTenant tenant)
    {
        if (tenant.Settings.Prefix is not { } prefix)
        {
            await next(context);
            return;
        }

        var body = new PrefixedBody(context, prefix);
        try
        {
            await next(context);
        }
        catch
        {
            body.Abandon();
            throw;
        }

        await body.FinishAsync();
    }
}

/// <summary>
/// The response body while a prefixed network answers: an HTML page is kept until the end and written rewritten
/// (its length changes, so it is sent without the one computed for it); anything else (media, feeds, JSON) passes
/// through as it is written.
/// </summary>
internal sealed class PrefixedBody : Stream
{
    private readonly HttpContext _context;
    private readonly string _prefix;
    private readonly IHttpResponseBodyFeature _original;
    private readonly StreamResponseBodyFeature _feature;
    private MemoryStream? _page;
    private bool _decided;

    public PrefixedBody(HttpContext context, string prefix)
    {
        _context = context;
        _prefix = prefix;
        _original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        _feature = new StreamResponseBodyFeature(this, _original);
        context.Features.Set<IHttpResponseBodyFeature>(_feature);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (Keeps())
        {
            _page.Write(buffer, offset, count);
        }
        else
        {
            _original.Stream.Write(buffer, offset, count);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Keeps())
        {
            _page.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        return _original.Stream.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Keeps() ? Task.CompletedTask : _original.Stream.FlushAsync(cancellationToken);

    /// <summary>Whether the body is a page to keep and rewrite, decided by its type when the first byte or flush comes.</summary>
    [MemberNotNullWhen(true, nameof(_page))]
    private bool Keeps()
    {
        if (!_decided)
        {
            _decided = true;
            if (_context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                _context.Response.ContentLength = null;
                _page = new MemoryStream();
            }
        }

        return _page is not null;
    }

    /// <summary>Writes the kept page, rewritten, and gives the response its own body back.</summary>
    public async Task FinishAsync()
    {
        // What was written through the response's pipe writer reaches this stream only when it completes.
        await _feature.CompleteAsync();
        _context.Features.Set(_original);
        // Nothing kept (not a page, or a page without a body: HEAD, 304) is left as it is.
        if (_page is not { Length: > 0 })
        {
            return;
        }

        var html = PrefixedLinks.Rewrite(Encoding.UTF8.GetString(_page.GetBuffer(), 0, (int)_page.Length), _prefix);
        _page = null;
        var bytes = Encoding.UTF8.GetBytes(html);
        _context.Response.ContentLength = bytes.Length;
        await _original.Stream.WriteAsync(bytes);
    }

    /// <summary>Gives the response its own body back without writing what was kept (the request failed; its error page is written anew).</summary>
    public void Abandon()
    {
        _context.Features.Set(_original);
        _page = null;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
