namespace Siec.Cms.Core.Media;

/// <summary>A stored media file: its media path (as content refers to it), size and last change.</summary>
public sealed record MediaFile(string Path, long Length, DateTime ModifiedUtc)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public string Extension => System.IO.Path.GetExtension(Path);
}

/// <summary>Where media bytes live. Paths given here are already checked and normalised by <see cref="MediaStore"/>.</summary>
public interface IMediaBlobs
{
    Task<MediaFile?> FindAsync(string path);

    Task<Stream> OpenReadAsync(MediaFile file);

    /// <summary>Stores <paramref name="content"/> under <paramref name="path"/>, replacing what was there.</summary>
    Task WriteAsync(string path, Stream content);

    Task DeleteAsync(string path);

    /// <summary>The direct subfolders (media paths) and files of a folder ("" is the root).</summary>
    Task<(IReadOnlyList<string> Folders, IReadOnlyList<MediaFile> Files)> ListAsync(string folder);

    /// <summary>Every file's path under <paramref name="folder"/> ("" for all), in ordinal order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> AllPathsAsync(string folder, int limit);

    Task CreateFolderAsync(string folder);
}
