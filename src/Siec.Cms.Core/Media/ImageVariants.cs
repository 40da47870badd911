using Siec.Cms.Core.Display;
using SkiaSharp;

namespace Siec.Cms.Core.Media;

/// <summary>The widths of the library's pictures for pages' srcset attributes.</summary>
public sealed class ResponsiveImages : IResponsiveImages
{
    public string? SrcSet(string src) =>
        src.StartsWith(MediaAccessMiddleware.RequestPath + "/", StringComparison.Ordinal) && !src.Contains('?') && ImageVariants.Handles(src)
            ? string.Join(", ", ImageVariants.Widths.Select(w => $"{src}?w={w} {w}w"))
            : null;
}

/// <summary>
/// A picture in the widths pages offer (480, 960, 1920 pixels) as WebP, made once when it is uploaded (SkiaSharp, MIT)
/// and kept under <see cref="Folder"/>, so a phone downloads a picture the size of its screen, not the camera's. A
/// width above the picture's own is the picture at its own size (never enlarged). Pages ask for a width with
/// <c>/media/{path}?w=480</c>; a picture stored before this existed is served as it is.
/// </summary>
public static class ImageVariants
{
    public const string Folder = "_warianty";

    public static readonly IReadOnlyList<int> Widths = [480, 960, 1920];

    private static readonly HashSet<string> Resizable = [".jpg", ".jpeg", ".png", ".webp"];

    /// <summary>Pictures that get variants (not GIF: its animation would be lost).</summary>
    public static bool Handles(string path) => Resizable.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static string PathOf(string path, int width) => $"{Folder}/{path}/{width}.webp";

    /// <summary>True for a path inside the variants' folder: only served through its picture's own address.</summary>
    public static bool IsVariant(string path) => path.StartsWith(Folder + "/", StringComparison.Ordinal);


    /// <summary>Writes the variants of a stored picture; a file Skia cannot read as a picture gets none.</summary>
    public static async Task CreateAsync(IMediaBlobs blobs, string path, Stream picture)
    {
        using var original = SKBitmap.Decode(picture);
        if (original is null)
        {
            return;
        }

        foreach (var width in Widths)
        {
            var target = Math.Min(width, original.Width);
            var height = Math.Max(1, (int)Math.Round(original.Height * (double)target / original.Width));
            using var resized = target == original.Width ? null : original.Resize(new SKImageInfo(target, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized ?? original);
            using var data = image.Encode(SKEncodedImageFormat.Webp, 80);
            await using var stream = data.AsStream();
            await blobs.WriteAsync(PathOf(path, width), stream);
        }
    }
}
