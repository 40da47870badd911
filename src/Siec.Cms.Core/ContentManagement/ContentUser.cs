namespace Siec.Cms.Core.ContentManagement;

/// <summary>Who is changing content in this scope; becomes Owner of new items and Author of new versions.</summary>
public sealed class ContentUser
{
    public string? UserId { get; set; }

    public string? UserName { get; set; }
}
