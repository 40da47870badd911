using Microsoft.Extensions.Options;
using Siec.Cms.Core.Display;

namespace Siec.Cms.Core.Media;

/// <summary>Media files under the data path's Media folder, addressed by relative paths as in Orchard's MediaField.</summary>
public sealed class MediaStore(IOptions<CmsOptions> options)
{
    /// <summary>Types that carry script a browser runs (SVG, HTML, XML): refused whatever the configuration allows.</summary>
    private static readonly HashSet<string> ActiveContent = [".svg", ".svgz", ".html", ".htm", ".xhtml", ".xml", ".js", ".mjs"];

    private readonly CmsOptions _options = options.Value;

    /// <summary>Returns the full path of a media path, or an error message when the path or file type is not allowed.</summary>
    public string Resolve(string relativePath, out string? error)
    {
        error = null;
        var root = Path.GetFullPath(_options.MediaPath);
        var normalized = relativePath.Replace('\\', '/').TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, normalized));
        if (normalized.Length == 0 || !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            error = $"Ścieżka '{relativePath}' wychodzi poza katalog mediów.";
        }
        else if (ActiveContent.Contains(Path.GetExtension(full).ToLowerInvariant()))
        {
            error = $"Plików '{Path.GetExtension(full)}' nie przyjmujemy: mogą zawierać skrypty. Zapisz obraz jako PNG, JPG lub WebP.";
        }
        else if (!_options.Media.AllowedExtensions.Contains(Path.GetExtension(full).ToLowerInvariant()))
        {
            error = $"Typ pliku '{Path.GetExtension(full)}' jest niedozwolony. Dozwolone: {string.Join(", ", _options.Media.AllowedExtensions)}.";
        }

        return full;
    }

    public long MaxFileSize => _options.Media.MaxFileSize;

    /// <summary>The stored file a media path points to, or null when there is none.</summary>
    public FileInfo? Find(string relativePath)
    {
        var full = Resolve(relativePath, out var error);
        return error is null && File.Exists(full) ? new FileInfo(full) : null;
    }

    public IReadOnlyList<string> AllowedExtensions => _options.Media.AllowedExtensions;

    /// <summary>The subfolders and files of a media folder ("" is the root), or null when the folder is outside the media root.</summary>
    public (IReadOnlyList<string> Folders, IReadOnlyList<FileInfo> Files)? List(string folder)
    {
        if (FolderPath(folder) is not { } full)
        {
            return null;
        }

        var root = Path.GetFullPath(_options.MediaPath);
        if (!Directory.Exists(full))
        {
            return ([], []);
        }

        var folders = Directory.GetDirectories(full).Select(d => Path.GetRelativePath(root, d).Replace('\\', '/')).Order().ToList();
        var files = Directory.GetFiles(full).Order().Select(f => new FileInfo(f)).ToList();
        return (folders, files);
    }

    /// <summary>Every stored file's media path (under <paramref name="folder"/> when given), for pickers; at most <paramref name="limit"/>, in path order.</summary>
    public IReadOnlyList<string> AllPaths(int limit, string? folder = null)
    {
        var root = Path.GetFullPath(_options.MediaPath);
        var start = folder is null ? root : FolderPath(folder);
        return start is not null && Directory.Exists(start)
            ? Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).Take(limit).ToList()
            : [];
    }

    /// <summary>The media path of a stored file, as content refers to it.</summary>
    public string RelativePath(FileInfo file) => Path.GetRelativePath(Path.GetFullPath(_options.MediaPath), file.FullName).Replace('\\', '/');

    /// <summary>Creates a folder inside the media root; false when the path leaves it.</summary>
    public bool CreateFolder(string relativeFolder)
    {
        if (FolderPath(relativeFolder) is not { } full || full == Path.GetFullPath(_options.MediaPath))
        {
            return false;
        }

        Directory.CreateDirectory(full);
        return true;
    }

    /// <summary>The full path of a media folder, or null when it lies outside the media root.</summary>
    private string? FolderPath(string relativeFolder)
    {
        var root = Path.GetFullPath(_options.MediaPath);
        var full = Path.GetFullPath(Path.Combine(root, relativeFolder.Replace('\\', '/').Trim('/')));
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public void Delete(string relativePath)
    {
        if (Find(relativePath) is { } file)
        {
            file.Delete();
        }
    }

    /// <summary>Why a file of this path and size may not be stored (path outside the root, type, size), or null when it may.</summary>
    public string? Check(string relativePath, long length)
    {
        Resolve(relativePath, out var error);
        return error ?? (length > MaxFileSize
            ? $"Plik ma {PolishFormat.FileSize(length)}, a można wysłać najwyżej {PolishFormat.FileSize(MaxFileSize)}."
            : null);
    }

    /// <summary>Stores an uploaded file when <see cref="Check"/> allows it; returns the reason it was refused, or null.</summary>
    public async Task<string?> SaveAsync(string relativePath, Stream content, long length)
    {
        if (Check(relativePath, length) is { } error)
        {
            return error;
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        await WriteAsync(relativePath, buffer.ToArray());
        return null;
    }

    public async Task WriteAsync(string relativePath, byte[] content)
    {
        var full = Resolve(relativePath, out var error);
        if (error is not null)
        {
            throw new InvalidOperationException(error);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, content);
    }
}
