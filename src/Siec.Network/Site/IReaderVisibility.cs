using Siec.Cms.Core.ContentManagement;

namespace Siec.Network.Site;

/// <summary>A published item readers still may not reach (a member who left the directory): no page, no search hit.</summary>
public interface IReaderVisibility
{
    /// <summary>The types whose items it may hide.</summary>
    IReadOnlyCollection<string> Types { get; }

    bool IsHidden(ContentItem item);
}
