namespace Siec.Cms.Core.ContentManagement.Handlers;

/// <summary>
/// A change to an item that has been written (inside its transaction): what happened (an <c>AuditActions</c> name)
/// and the item as it now is (for a deletion, as it was).
/// </summary>
public sealed record ContentChange(ContentItem Item, string Action);
