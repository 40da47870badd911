using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Core.Auditing;

/// <summary>
/// A reviewer approves a draft sent for review (it is published), asks its author for changes, or rejects it; the
/// last two need a message for the author, and handlers are told so that the author hears of every outcome.
/// </summary>
public sealed class ReviewDecisions(
    CmsDbContext db, ContentManager content, ContentQuery query, AuditTrail audit, Transactions transactions, PermissionChecker permissions, IEnumerable<IContentHandler> handlers)
{
    public const int MaxMessageLength = 2000;

    /// <summary>Decides on the draft; returns why the decision was refused (in Polish), or null when it was made.</summary>
    public async Task<string?> DecideAsync(ClaimsPrincipal reviewer, string contentItemId, string decision, string? message)
    {
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (decision is not (AuditActions.Published or AuditActions.ChangesRequested or AuditActions.Rejected))
        {
            return "Nieznana decyzja.";
        }

        if (decision != AuditActions.Published && message is null)
        {
            return "Napisz autorowi, co poprawić albo dlaczego materiał jest odrzucony.";
        }

        if (message?.Length > MaxMessageLength)
        {
            return $"Wiadomość może mieć najwyżej {MaxMessageLength} znaków.";
        }

        return await transactions.RunAsync(async () =>
        {
            // Two reviewers deciding at once, or a decision sent twice: the second waits, then finds it decided.
            var lockBatch = new SqlBatch();
            db.LockUntilCommit(lockBatch, "review", [contentItemId]);
            await lockBatch.ExecuteAsync(db);
            var draft = await query.GetAsync(contentItemId, VersionOptions.Latest);
            if (draft is null || !await permissions.CanAsync(reviewer, "Publish", draft.ContentType, draft))
            {
                return "Nie ma takiego szkicu albo nie możesz o nim decydować.";
            }

            if (draft.Published || await LastActionAsync(contentItemId) != AuditActions.Submitted)
            {
                return "Ten szkic nie czeka już na decyzję.";
            }

            if (decision == AuditActions.Published)
            {
                await content.PublishAsync(draft);
            }
            else
            {
                await audit.RecordAsync(draft, decision, message);
            }

            foreach (var handler in handlers)
            {
                await handler.ReviewedAsync(draft, decision, message);
            }

            return (string?)null;
        });
    }

    private Task<string?> LastActionAsync(string contentItemId) =>
        db.AuditEvents.Where(e => e.ContentItemId == contentItemId).OrderByDescending(e => e.Id).Select(e => e.Action).FirstOrDefaultAsync();
}
