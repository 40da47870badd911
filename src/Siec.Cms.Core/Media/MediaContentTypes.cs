using Microsoft.AspNetCore.StaticFiles;

namespace Siec.Cms.Core.Media;

/// <summary>Content types of media files, OpenDocument formats included (ASP.NET Core's list lacks them).</summary>
public static class MediaContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = Create();

    /// <summary>Files a browser may show in place: pictures, PDF, audio, video and plain text; the rest is downloaded.</summary>
    private static readonly HashSet<string> Inline = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".mp3", ".mp4", ".txt"];

    private static readonly HashSet<string> Images = [".jpg", ".jpeg", ".png", ".gif", ".webp"];

    public static bool IsInline(string fileName) => Inline.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>Pictures a page can show (pickers show them as thumbnails).</summary>
    public static bool IsImage(string fileName) => Images.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    public static string Of(string fileName) =>
        Provider.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".odt"] = "application/vnd.oasis.opendocument.text";
        provider.Mappings[".ods"] = "application/vnd.oasis.opendocument.spreadsheet";
        provider.Mappings[".odp"] = "application/vnd.oasis.opendocument.presentation";
        provider.Mappings[".odg"] = "application/vnd.oasis.opendocument.graphics";
        return provider;
    }
}
