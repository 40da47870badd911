using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Siec.Cms.Web;

/// <summary>
/// The response body while a middleware rewrites the page: an HTML page (or, when asked, any text: a feed, a
/// sitemap) is kept until the end, to be taken and written rewritten (its length changes, so it is sent without the
/// one computed for it); anything else (media, or text not asked for) passes through as it is written.
/// </summary>
internal sealed class HtmlPageBody : Stream
{
    private readonly HttpContext _context;
    private readonly IHttpResponseBodyFeature _original;
    private readonly StreamResponseBodyFeature _feature;
    private MemoryStream? _page;
    private readonly bool _keepsAnyText;
    private bool _decided;

    private HtmlPageBody(HttpContext context, bool keepsAnyText)
    {
        _context = context;
        _keepsAnyText = keepsAnyText;
        _original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        _feature = new StreamResponseBodyFeature(this, _original);
        context.Features.Set<IHttpResponseBodyFeature>(_feature);
    }

    /// <summary>
    /// Runs the rest of the pipeline with the page kept; returns it (null: nothing kept, or a page without a body:
    /// HEAD, 304), the response's own body given back. A failed request's page is dropped: its error page is written anew.
    /// </summary>
    public static async Task<string?> KeepAsync(HttpContext context, RequestDelegate next, bool keepsAnyText = false)
    {
        var body = new HtmlPageBody(context, keepsAnyText);
        try
        {
            await next(context);
        }
        catch
        {
            body.Abandon();
            throw;
        }

        return await body.TakeAsync();
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
            if (_context.Response.ContentType is { } type && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
                || (_keepsAnyText && (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase)))))
            {
                _context.Response.ContentLength = null;
                _page = new MemoryStream();
            }
        }

        return _page is not null;
    }

    private async Task<string?> TakeAsync()
    {
        // What was written through the response's pipe writer reaches this stream only when it completes.
        await _feature.CompleteAsync();
        _context.Features.Set(_original);
        var page = _page is { Length: > 0 } ? Encoding.UTF8.GetString(_page.GetBuffer(), 0, (int)_page.Length) : null;
        _page = null;
        return page;
    }

    /// <summary>Writes a page kept by <see cref="KeepAsync"/>, rewritten, as the response's body.</summary>
    public static async Task WriteAsync(HttpContext context, string page)
    {
        var bytes = Encoding.UTF8.GetBytes(page);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    private void Abandon()
    {
        _context.Features.Set(_original);
        _page = null;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
