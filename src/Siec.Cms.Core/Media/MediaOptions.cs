namespace Siec.Cms.Core.Media;

/// <summary>What media files are accepted: extensions and the largest size.</summary>
public sealed class MediaOptions
{
    public List<string> AllowedExtensions { get; set; } =
        [".pdf", ".docx", ".odt", ".pptx", ".odp", ".xlsx", ".ods", ".jpg", ".jpeg", ".png", ".webp", ".gif", ".mp3", ".mp4", ".txt"];

    public long MaxFileSize { get; set; } = 30 * 1024 * 1024;

    /// <summary><c>FileSystem</c> (default: the data path's Media folder) or <c>Database</c> (PostgreSQL, which every node reads).</summary>
    public string Store { get; set; } = "FileSystem";

    public bool UsesDatabase => string.Equals(Store, "Database", StringComparison.OrdinalIgnoreCase);
}
