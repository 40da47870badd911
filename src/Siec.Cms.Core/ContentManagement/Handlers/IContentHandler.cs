namespace Siec.Cms.Core.ContentManagement.Handlers;

/// <summary>Takes part in an item's life: fills derived values and checks rules before a save, reacts after a change.</summary>
public interface IContentHandler
{
    /// <summary>Fills what is derived from other values (DisplayText from the title, a path from a pattern).</summary>
    Task UpdatingAsync(ContentContext context) => Task.CompletedTask;

    /// <summary>Adds an error for each rule the item breaks; an item with errors is not saved.</summary>
    Task ValidatingAsync(ValidateContentContext context) => Task.CompletedTask;

    /// <summary>
    /// An item was published for the first time (not a later edit), inside the transaction that published it: what
    /// is queued here (mail) happens only if the publication commits.
    /// </summary>
    Task FirstPublishedAsync(ContentItem item) => Task.CompletedTask;

    /// <summary>
    /// A reviewer decided on a draft sent for review (<see cref="AuditActions.Published"/>,
    /// <see cref="AuditActions.ChangesRequested"/> or <see cref="AuditActions.Rejected"/>, with the reviewer's message),
    /// transaction still open: the author can be told.
    /// </summary>
    Task ReviewedAsync(ContentItem item, string decision, string? message) => Task.CompletedTask;

    /// <summary>
    /// An item was created, saved, published, unpublished, deleted, restored or imported; its rows are written and
    /// the transaction is still open (indexes and the audit trail follow here).
    /// </summary>
    Task ChangedAsync(ContentChange change) => Task.CompletedTask;

    /// <summary>
    /// Items new to the site were imported together and their rows written, transaction still open: one call for the
    /// batch, so index rows and the audit trail can be written in bulk. By default each is a change of its own.
    /// </summary>
    async Task ImportedAsync(IReadOnlyList<ContentChange> changes)
    {
        foreach (var change in changes)
        {
            await ChangedAsync(change);
        }
    }
}
