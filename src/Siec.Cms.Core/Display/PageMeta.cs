namespace Siec.Cms.Core.Display;

/// <summary>What the layout needs to know about a page besides its body.</summary>
public sealed record PageMeta(string Title, string? Description = null, string? Canonical = null, string? OgType = "website", string? BaseUrl = null)
{
    /// <summary>Extra head elements a page adds (alternate feeds), as name → href.</summary>
    public IReadOnlyDictionary<string, string> Feeds { get; init; } = new Dictionary<string, string>();

    /// <summary>The signed-in reader (name and the sign-out form's token), or null for an anonymous page.</summary>
    public PageAccount? Account { get; init; }
}

/// <summary>Who the page is shown to, for the header: their name and what signing out posts.</summary>
public sealed record PageAccount(string Name, string TokenName, string Token)
{
}
