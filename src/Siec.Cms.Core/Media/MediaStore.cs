using Microsoft.Extensions.Options;
using Siec.Cms.Core.Display;

namespace Siec.Cms.Core.Media;

/// <summary>
/// The media library, addressed by relative paths as in Orchard's MediaField. It checks every path and type and leaves
/// the bytes to <see cref="IMediaBlobs"/>: the data folder for one node, the database for several.
/// </summary>
public sealed class MediaStore(IMediaBlobs blobs, IOptions<CmsOptions> options)
{
    /// <summary>Types that carry script a browser runs (SVG, HTML, XML): refused whatever the configuration allows.</summary>
    private static readonly HashSet<string> ActiveContent = [".svg", ".svgz", ".html", ".htm", ".xhtml", ".xml", ".js", ".mjs"];

    private readonly MediaOptions _options = options.Value.Media;

    public long MaxFileSize => _options.MaxFileSize;

    public IReadOnlyList<string> AllowedExtensions => _options.AllowedExtensions;

    /// <summary>Why a file of this path and size may not be stored (path outside the library, type, size), or null when it may.</summary>
    public string? Check(string relativePath, long length)
    {
        if (Normalize(relativePath) is not { Length: > 0 } path)
        {
            return $"Ścieżka '{relativePath}' wychodzi poza katalog mediów.";
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (ActiveContent.Contains(extension))
        {
            return $"Plików '{Path.GetExtension(path)}' nie przyjmujemy: mogą zawierać skrypty. Zapisz obraz jako PNG, JPG lub WebP.";
        }

        if (!_options.AllowedExtensions.Contains(extension))
        {
            return $"Typ pliku '{Path.GetExtension(path)}' jest niedozwolony. Dozwolone: {string.Join(", ", _options.AllowedExtensions)}.";
        }

        return length > MaxFileSize
            ? $"Plik ma {PolishFormat.FileSize(length)}, a można wysłać najwyżej {PolishFormat.FileSize(MaxFileSize)}."
            : null;
    }

    /// <summary>
    /// The stored file a media path points to, or null when there is none or the path leaves the library. Types are
    /// not judged here: a file stored before its type was refused is still found (and served only as a sandboxed download).
    /// </summary>
    public async Task<MediaFile?> FindAsync(string relativePath) =>
        Normalize(relativePath) is { Length: > 0 } path ? await blobs.FindAsync(path) : null;

    public Task<Stream> OpenReadAsync(MediaFile file) => blobs.OpenReadAsync(file);

    /// <summary>The stored variant of a picture at one of <see cref="ImageVariants.Widths"/>, or null (the picture predates variants).</summary>
    public Task<MediaFile?> FindVariantAsync(string picturePath, int width) => blobs.FindAsync(ImageVariants.PathOf(picturePath, width));

    /// <summary>The subfolders and files of a media folder ("" is the root), or null when the folder is outside the library.</summary>
    public async Task<(IReadOnlyList<string> Folders, IReadOnlyList<MediaFile> Files)?> ListAsync(string folder)
    {
        if (Normalize(folder) is not { } path || ImageVariants.IsVariant(path + "/"))
        {
            return null;
        }

        var (folders, files) = await blobs.ListAsync(path);
        return (path.Length == 0 ? folders.Where(f => f != ImageVariants.Folder).ToList() : folders, files);
    }

    /// <summary>Every stored file's media path (under <paramref name="folder"/> when given), for pickers; at most <paramref name="limit"/>, in path order.</summary>
    public async Task<IReadOnlyList<string>> AllPathsAsync(int limit, string? folder = null) =>
        Normalize(folder ?? "") is { } path
            // Each picture has three variants under the same root: ask for room for them, then leave them out.
            ? (await blobs.AllPathsAsync(path, limit * (ImageVariants.Widths.Count + 1))).Where(p => !ImageVariants.IsVariant(p)).Take(limit).ToList()
            : [];

    /// <summary>Creates a folder inside the library; false when the path leaves it.</summary>
    public async Task<bool> CreateFolderAsync(string relativeFolder)
    {
        if (Normalize(relativeFolder) is not { Length: > 0 } path)
        {
            return false;
        }

        await blobs.CreateFolderAsync(path);
        return true;
    }

    public async Task DeleteAsync(string relativePath)
    {
        if (await FindAsync(relativePath) is { } file)
        {
            await blobs.DeleteAsync(file.Path);
            foreach (var width in ImageVariants.Widths)
            {
                if (await FindVariantAsync(file.Path, width) is { } variant)
                {
                    await blobs.DeleteAsync(variant.Path);
                }
            }
        }
    }

    /// <summary>
    /// Why an upload may not be stored: what <see cref="Check"/> says, or that its first bytes are not what its
    /// extension claims (the name is typed by the sender, the bytes are not). Reads the start of a seekable stream
    /// and puts it back.
    /// </summary>
    public async Task<string?> CheckUploadAsync(string relativePath, Stream content, long length)
    {
        if (Check(relativePath, length) is { } error)
        {
            return error;
        }

        var header = new byte[FileSignatures.HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var extension = Path.GetExtension(relativePath);
        return FileSignatures.Matches(extension, header.AsSpan(0, read))
            ? null
            : $"Zawartość pliku '{Path.GetFileName(relativePath)}' nie jest plikiem {extension.TrimStart('.').ToUpperInvariant()}. Zapisz go ponownie w tym formacie albo zmień rozszerzenie na właściwe.";
    }

    /// <summary>Stores an uploaded file when <see cref="CheckUploadAsync"/> allows it; returns the reason it was refused, or null.</summary>
    public async Task<string?> SaveAsync(string relativePath, Stream content, long length)
    {
        var seekable = content.CanSeek ? content : await BufferAsync(content);
        if (await CheckUploadAsync(relativePath, seekable, length) is { } error)
        {
            return error;
        }

        var path = Normalize(relativePath)!;
        await blobs.WriteAsync(path, seekable);
        if (ImageVariants.Handles(path))
        {
            seekable.Position = 0;
            await ImageVariants.CreateAsync(blobs, path, seekable);
        }

        return null;
    }

    private static async Task<Stream> BufferAsync(Stream content)
    {
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        buffer.Position = 0;
        return buffer;
    }

    public async Task WriteAsync(string relativePath, byte[] content)
    {
        if (Check(relativePath, 0) is { } error)
        {
            throw new InvalidOperationException(error);
        }

        await blobs.WriteAsync(Normalize(relativePath)!, new MemoryStream(content, writable: false));
    }

    /// <summary>
    /// The path with forward slashes and no leading or trailing slash, or null when it leaves the library: resolved
    /// against a made-up root, so "..", "." and doubled slashes are judged as the file system would judge them.
    /// </summary>
    private static string? Normalize(string relativePath)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "siec-media-root"));
        var full = Path.GetFullPath(Path.Combine(root, relativePath.Replace('\\', '/').Trim('/')));
        if (full == root)
        {
            return "";
        }

        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, full).Replace('\\', '/')
            : null;
    }
}
