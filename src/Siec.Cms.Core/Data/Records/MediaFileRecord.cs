namespace Siec.Cms.Core.Data.Records;

/// <summary>A media file or folder kept in the database (<c>Cms:Media:Store=Database</c>), so every node serves it.</summary>
public sealed class MediaFileRecord
{
    /// <summary>The media path; a folder's ends with '/'.</summary>
    public string Path { get; set; } = "";

    public long Length { get; set; }

    public DateTime ModifiedUtc { get; set; }
}

/// <summary>A media file's bytes, apart from its record so listings never read them; written and read as streams.</summary>
public sealed class MediaContentRecord
{
    public string Path { get; set; } = "";

    public byte[] Content { get; set; } = [];
}
