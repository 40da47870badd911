using Siec.Cms.Core.ContentManagement.Handlers;

namespace Siec.Cms.Core.Auditing;

/// <summary>Every change to an item goes into the audit trail.</summary>
public sealed class AuditTrailHandler(AuditTrail trail) : IContentHandler
{
    public Task ChangedAsync(ContentChange change) => trail.RecordAsync(change.Item, change.Action);
}
