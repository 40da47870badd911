using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>Files whose bytes are what their names claim, as uploads are now judged by their bytes (made here, no licence needed).</summary>
public static class TestFiles
{
    /// <summary>An OpenDocument text as office suites write it: a ZIP whose first entry, uncompressed, is its mimetype.</summary>
    public static byte[] Odt(string text = "Treść")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mimetype = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            {
                mimetype.Write("application/vnd.oasis.opendocument.text");
            }

            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open());
            content.Write($"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:text>{text}</office:text></office:body></office:document-content>");
        }

        return buffer.ToArray();
    }

    /// <summary>An OpenDocument text of exactly <paramref name="length"/> bytes (its start, then zeros), for size checks.</summary>
    public static byte[] Odt(int length) => Padded(Odt()[..80], length);

    /// <summary>A PNG picture of the given size, one colour.</summary>
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0, 66, 122));
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>A PDF of exactly <paramref name="length"/> bytes (its header, then zeros).</summary>
    public static byte[] Pdf(int length) => Padded(Encoding.ASCII.GetBytes("%PDF-1.7\n"), length);

    private static byte[] Padded(byte[] start, int length)
    {
        var bytes = new byte[length];
        start.AsSpan(0, Math.Min(start.Length, length)).CopyTo(bytes);
        return bytes;
    }
}
