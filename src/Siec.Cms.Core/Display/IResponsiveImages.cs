namespace Siec.Cms.Core.Display;

/// <summary>Other widths of a picture shown in content (its srcset), when the site keeps them (the media library's variants).</summary>
public interface IResponsiveImages
{
    /// <summary>The srcset for a picture's address, or null when it has no other widths.</summary>
    string? SrcSet(string src);
}
