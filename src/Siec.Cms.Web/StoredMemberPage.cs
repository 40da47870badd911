using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Siec.Cms.Core.Caching;

namespace Siec.Cms.Web;

/// <summary>
/// A member page as the page cache keeps it: its nonce, when it was rendered, its content type and its holes, a line
/// each, then the page. Read once for each copy the store gives (the store on this node gives the same bytes until the
/// page is evicted), into the page's text already in UTF-8 and its placeholders between: a member's request only puts
/// their own values in, with no copy of the page as a string and no allocation the size of the page.
/// </summary>
internal sealed class StoredMemberPage
{
    private static readonly ConditionalWeakTable<byte[], StoredMemberPage> Read = new();
    private readonly byte[][] _text;
    private readonly string[] _placeholders;
    private readonly int _textLength;

    public StoredMemberPage(string nonce, DateTimeOffset rendered, string contentType, IReadOnlyList<MemberHole> holes, string page)
    {
        Nonce = nonce;
        Rendered = rendered;
        ContentType = contentType;
        Holes = holes;
        var pieces = MemberHoles.Split(page, nonce);
        _text = [.. pieces.Where((_, i) => i % 2 == 0).Select(Encoding.UTF8.GetBytes)];
        _placeholders = [.. pieces.Where((_, i) => i % 2 == 1)];
        _textLength = _text.Sum(t => t.Length);
    }

    public string Nonce { get; }

    public DateTimeOffset Rendered { get; }

    public string ContentType { get; }

    public IReadOnlyList<MemberHole> Holes { get; }

    /// <summary>The bytes to store a page just rendered as; they are read back as this page without parsing them.</summary>
    public static byte[] Keep(string nonce, DateTimeOffset rendered, string contentType, IReadOnlyList<MemberHole> holes, string page)
    {
        var stored = Encoding.UTF8.GetBytes(string.Join('\n', nonce, rendered.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            contentType, JsonSerializer.Serialize(holes), page));
        Read.AddOrUpdate(stored, new StoredMemberPage(nonce, rendered, contentType, holes, page));
        return stored;
    }

    public static StoredMemberPage Of(byte[] stored) => Read.GetValue(stored, Parse);

    /// <summary>Writes the page with each placeholder's value (asked once each, in the page's order) as the response's body.</summary>
    public async Task WriteAsync(HttpResponse response, Func<string, string> value)
    {
        var values = new string[_placeholders.Length];
        var length = _textLength;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(_placeholders[i]);
            length += Encoding.UTF8.GetByteCount(values[i]);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            for (var i = 0; i < _text.Length; i++)
            {
                _text[i].CopyTo(buffer, written);
                written += _text[i].Length;
                if (i < values.Length)
                {
                    written += Encoding.UTF8.GetBytes(values[i], buffer.AsSpan(written));
                }
            }

            response.ContentLength = written;
            await response.Body.WriteAsync(buffer.AsMemory(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static StoredMemberPage Parse(byte[] stored)
    {
        var lines = Encoding.UTF8.GetString(stored).Split('\n', 5);
        return new StoredMemberPage(lines[0], DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(lines[1], CultureInfo.InvariantCulture)), lines[2],
            JsonSerializer.Deserialize<List<MemberHole>>(lines[3])!, lines[4]);
    }
}
