using Siec.Cms.Core.ContentManagement.Handlers;

namespace Siec.Cms.Core.Auditing;

/// <summary>Every change to an item goes into the audit trail.</summary>
public sealed class AuditTrailHandler(AuditTrail trail) : IContentHandler
{
    public Task ChangedAsync(ContentChange change) => trail.RecordAsync(change.Item, change.Action);

    public Task ImportedAsync(IReadOnlyList<ContentChange> changes) => trail.RecordAllAsync(changes.Select(c => (c.Item, c.Action)));
}
