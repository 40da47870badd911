namespace Siec.Cms.Core.Display;

/// <summary>What the layout needs to know about a page besides its body.</summary>
public sealed record PageMeta(string Title, string? Description = null, string? Canonical = null, string? OgType = "website", string? BaseUrl = null)
{
    /// <summary>Extra head elements a page adds (alternate feeds), as name → href.</summary>
    public IReadOnlyDictionary<string, string> Feeds { get; init; } = new Dictionary<string, string>();
}
