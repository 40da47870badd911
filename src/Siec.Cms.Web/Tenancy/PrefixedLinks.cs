using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Tenancy;

/// <summary>
/// Serves a network on a path prefix (<c>/sieci/biblioteki</c>) with links that stay inside it. Templates, pages,
/// menus and editors' content write links for the root of a host (<c>/forum</c>, <c>/media/plan.pdf</c>), so the same
/// content works on a network's own host and moves between networks unchanged; here the HTML of a page and the
/// Location of a redirect get the prefix, the way a reverse proxy serving an application under a path does.
/// Links ASP.NET makes itself already have it (the request's path base), the platform's own addresses
/// (<c>/sieci…</c>) and the assets every network shares (<c>/theme/</c>, <c>/admin-assets/</c>) are left alone.
/// </summary>
public static partial class PrefixedLinks
{
    private static readonly string[] SharedRoots = ["/theme/", "/admin-assets/"];

    /// <summary>Moves the response of <paramref name="context"/> under <paramref name="prefix"/>; dispose the result once the response is written.</summary>
    public static PrefixedBody Install(HttpContext context, string prefix)
    {
        var body = new PrefixedBody(context, prefix);
        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.Location is [{ } location])
            {
                context.Response.Headers.Location = Prefixed(location, prefix);
            }

            return Task.CompletedTask;
        });
        return body;
    }

    /// <summary>The HTML with every root-relative link of an <c>href</c>, <c>src</c>, <c>action</c>, <c>formaction</c>, <c>poster</c> or <c>data-*</c> attribute under the prefix.</summary>
    public static string Rewrite(string html, string prefix) =>
        LinkAttribute().Replace(html, m => m.Groups["head"].Value + Prefixed(m.Groups["url"].Value, prefix) + m.Groups["quote"].Value);

    public static string Prefixed(string url, string prefix) =>
        !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal)
        || IsUnder(url, TenantSettings.PrefixRoot) || SharedRoots.Any(r => url.StartsWith(r, StringComparison.OrdinalIgnoreCase))
            ? url
            : prefix + url;

    private static bool IsUnder(string url, string root) =>
        url.StartsWith(root, StringComparison.OrdinalIgnoreCase) && (url.Length == root.Length || url[root.Length] is '/' or '?' or '#');

    [GeneratedRegex("""(?<head>\s(?:href|src|action|formaction|poster|data-[a-z0-9-]+)\s*=\s*(?<quote>["']))(?<url>/[^"'\s>]*)\k<quote>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    /// <summary>
    /// The response body while a prefixed network answers: an HTML page is kept until the end and written rewritten
    /// (its length changes, so it is sent without the one computed for it); anything else (media, feeds, JSON) passes
    /// through as it is written.
    /// </summary>
    public sealed class PrefixedBody : Stream
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

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

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
            if (_page is null)
            {
                return;
            }

            var html = Rewrite(Encoding.UTF8.GetString(_page.GetBuffer(), 0, (int)_page.Length), _prefix);
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
}
