using Siec.Cms.Core.ContentManagement;

namespace Siec.Network.Site;

/// <summary>
/// A published item readers still may not reach (a member who left the directory, a reply in a hidden topic): no
/// page, no search hit, no sitemap entry.
/// </summary>
public interface IReaderVisibility
{
    /// <summary>The types whose items it may hide.</summary>
    IReadOnlyCollection<string> Types { get; }

    Task<bool> IsHiddenAsync(ContentItem item);
}
