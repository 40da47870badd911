using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.Media;

/// <summary>Media under the data path's Media folder: the default for one node.</summary>
public sealed class FileSystemMediaBlobs(CurrentTenant tenant) : IMediaBlobs
{
    private readonly string _root = Path.GetFullPath(tenant.MediaPath);

    public Task<MediaFile?> FindAsync(string path)
    {
        var file = new FileInfo(Full(path));
        return Task.FromResult(file.Exists ? ToMedia(file) : null);
    }

    public Task<Stream> OpenReadAsync(MediaFile file) =>
        Task.FromResult<Stream>(new FileStream(Full(file.Path), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true));

    public async Task WriteAsync(string path, Stream content)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var target = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await content.CopyToAsync(target);
    }

    public Task DeleteAsync(string path)
    {
        File.Delete(Full(path));
        return Task.CompletedTask;
    }

    public Task<(IReadOnlyList<string> Folders, IReadOnlyList<MediaFile> Files)> ListAsync(string folder)
    {
        var full = Full(folder);
        if (!Directory.Exists(full))
        {
            return Task.FromResult<(IReadOnlyList<string>, IReadOnlyList<MediaFile>)>(([], []));
        }

        IReadOnlyList<string> folders = Directory.GetDirectories(full).Select(Relative).Order(StringComparer.Ordinal).ToList();
        IReadOnlyList<MediaFile> files = Directory.GetFiles(full).Select(f => ToMedia(new FileInfo(f))).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return Task.FromResult((folders, files));
    }

    public Task<IReadOnlyList<string>> AllPathsAsync(string folder, int limit)
    {
        var start = Full(folder);
        IReadOnlyList<string> paths = Directory.Exists(start)
            ? Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal).Take(limit).ToList()
            : [];
        return Task.FromResult(paths);
    }

    public Task CreateFolderAsync(string folder)
    {
        Directory.CreateDirectory(Full(folder));
        return Task.CompletedTask;
    }

    private string Full(string path) => path.Length == 0 ? _root : Path.Combine(_root, path);

    private string Relative(string full) => Path.GetRelativePath(_root, full).Replace('\\', '/');

    private MediaFile ToMedia(FileInfo file) => new(Relative(file.FullName), file.Length, file.LastWriteTimeUtc);
}
