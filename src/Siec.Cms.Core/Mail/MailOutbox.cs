using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Mail;

/// <summary>
/// Queues e-mail in the database, inside the caller's transaction: if what caused the mail is rolled back, so is
/// the mail; once committed, the <see cref="OutboxSender"/> delivers it.
/// </summary>
public sealed class MailOutbox(CmsDbContext db, MailTemplates templates, IClock clock)
{
    /// <summary>Renders the theme's mail template <paramref name="template"/> for <paramref name="to"/> and queues it.</summary>
    /// <param name="cause">Unique per reason to write, e.g. <c>join-received:{submissionId}</c>; a second call with it adds nothing.</param>
    /// <param name="reference">The submission or user whose personal data the mail carries.</param>
    /// <param name="listUnsubscribe">For mail someone subscribed to: the address that unsubscribes with one POST.</param>
    /// <returns>False when a message for this cause already exists.</returns>
    public async Task<bool> EnqueueAsync(string template, string to, IDictionary<string, object?> model, string cause, string? reference = null,
        IReadOnlyList<MailAttachment>? attachments = null, string? listUnsubscribe = null)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Wiadomość trafia do kolejki tylko w transakcji tego, co ją spowodowało.");
        }

        if (await db.Outbox.AnyAsync(m => m.Cause == cause))
        {
            return false;
        }

        var message = await templates.RenderAsync(template, to, model);
        var now = clock.UtcNow;
        db.Outbox.Add(new OutboxMessageRecord
        {
            Cause = cause,
            Reference = reference,
            To = message.To,
            Subject = message.Subject,
            TextBody = message.Text,
            HtmlBody = message.Html,
            Attachments = attachments is null or { Count: 0 } ? null : JsonSerializer.Serialize(attachments),
            ListUnsubscribe = listUnsubscribe,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
        await db.SaveChangesAsync();
        return true;
    }
}
