using System.Text;

namespace Siec.Cms.Core.Media;

/// <summary>
/// Whether an uploaded file's first bytes are what its extension claims: a name is typed by whoever sends the file,
/// the bytes are not. An HTML page or a program renamed to <c>.pdf</c> or <c>.odt</c> is refused.
/// </summary>
public static class FileSignatures
{
    /// <summary>How many leading bytes <see cref="Matches"/> needs to judge every type it knows.</summary>
    public const int HeaderLength = 128;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, Func<byte[], bool>> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = h => StartsWith(h, "%PDF-"u8),
        [".docx"] = h => StartsWith(h, Zip),
        [".pptx"] = h => StartsWith(h, Zip),
        [".xlsx"] = h => StartsWith(h, Zip),
        // OpenDocument: a ZIP whose first entry, stored uncompressed, is "mimetype" naming the document's kind.
        [".odt"] = h => OpenDocument(h, "application/vnd.oasis.opendocument.text"),
        [".odp"] = h => OpenDocument(h, "application/vnd.oasis.opendocument.presentation"),
        [".ods"] = h => OpenDocument(h, "application/vnd.oasis.opendocument.spreadsheet"),
        [".jpg"] = h => StartsWith(h, [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = h => StartsWith(h, [0xFF, 0xD8, 0xFF]),
        [".png"] = h => StartsWith(h, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [".gif"] = h => StartsWith(h, "GIF87a"u8) || StartsWith(h, "GIF89a"u8),
        [".webp"] = h => StartsWith(h, "RIFF"u8) && h.Length >= 12 && h.AsSpan(8, 4).SequenceEqual("WEBP"u8),
        [".mp3"] = h => StartsWith(h, "ID3"u8) || h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0,
        [".mp4"] = h => h.Length >= 8 && h.AsSpan(4, 4).SequenceEqual("ftyp"u8),
        // Plain text: no NUL byte (a binary in disguise); a text shown by a browser is served as text/plain, sandboxed.
        [".txt"] = h => !h.Contains((byte)0),
    };

    /// <summary>
    /// True when the header fits the extension; an extension this class does not know is judged by the configured
    /// list of extensions alone.
    /// </summary>
    public static bool Matches(string extension, ReadOnlySpan<byte> header) =>
        !ByExtension.TryGetValue(extension, out var check) || check(header.ToArray());

    private static bool StartsWith(byte[] header, ReadOnlySpan<byte> prefix) => header.AsSpan().StartsWith(prefix);

    private static bool OpenDocument(byte[] header, string mimeType)
    {
        var expected = Encoding.ASCII.GetBytes("mimetype" + mimeType);
        return StartsWith(header, Zip) && header.Length >= 30 + expected.Length && header.AsSpan(30, expected.Length).SequenceEqual(expected);
    }
}
