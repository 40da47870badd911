using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.Mail;

/// <summary>
/// One pass over the outbox: claims the messages that are due, sends them over one SMTP connection and records the
/// outcome. A claim is a guarded UPDATE, so two senders (or two sites on one database) never send one message twice;
/// a failure is retried later with back-off, and a claim left by a stopped site expires and is retried.
/// </summary>
public sealed class OutboxDispatcher(CmsDbContext db, IClock clock, IOptions<MailOptions> options, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 50;

    /// <returns>How many messages were sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellation)
    {
        var now = clock.UtcNow;
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.SentUtc == null && m.NextAttemptUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.Id).Take(BatchSize).Select(m => m.Id).ToListAsync(cancellation);
        var claimed = new List<OutboxMessageRecord>();
        foreach (var id in due.TakeWhile(_ => !cancellation.IsCancellationRequested))
        {
            var until = now.AddSeconds(options.Value.ClaimSeconds);
            var won = await db.Outbox
                .Where(m => m.Id == id && m.SentUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, until), CancellationToken.None);
            if (won == 1)
            {
                claimed.Add(await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, CancellationToken.None));
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        try
        {
            return await SendAsync(claimed, cancellation);
        }
        catch (OperationCanceledException)
        {
            // The site is stopping: hand back what was not sent, so the next start sends it at once.
            var ids = claimed.Select(m => m.Id).ToList();
            await db.Outbox.Where(m => ids.Contains(m.Id) && m.SentUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            throw;
        }
    }

    /// <summary>How many messages are not sent yet (due or waiting for a retry).</summary>
    public Task<int> WaitingAsync() => db.Outbox.CountAsync(m => m.SentUtc == null);

    private async Task<int> SendAsync(List<OutboxMessageRecord> messages, CancellationToken cancellation)
    {
        var settings = options.Value;
        using var smtp = new SmtpClient();
        try
        {
            await smtp.ConnectAsync(settings.Host, settings.Port, Enum.Parse<SecureSocketOptions>(SecurityName(settings.Security), ignoreCase: true), cancellation);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellation);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Serwer SMTP {Host}:{Port} niedostępny ({Error}); {Count} wiadomości czeka na ponowienie.", settings.Host, settings.Port, e.Message, messages.Count);
            foreach (var message in messages)
            {
                await FailedAsync(message, e.Message);
            }

            return 0;
        }

        var sent = 0;
        foreach (var message in messages)
        {
            try
            {
                await smtp.SendAsync(ToMime(message, settings.From), cancellation);
                await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.SentUtc, clock.UtcNow)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await FailedAsync(message, e.Message);
            }
        }

        await smtp.DisconnectAsync(quit: true, CancellationToken.None);
        return sent;
    }

    private async Task FailedAsync(OutboxMessageRecord message, string error)
    {
        var settings = options.Value;
        var wait = Math.Min(settings.RetrySeconds * Math.Pow(2, Math.Min(message.Attempts, 20)), settings.MaxRetrySeconds);
        var next = clock.UtcNow.AddSeconds(wait);
        await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.NextAttemptUtc, next)
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(m => m.LastError, error.Length > 500 ? error[..500] : error));
    }

    private static MimeMessage ToMime(OutboxMessageRecord message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        // A stable id: should a message ever be delivered again after a crash, the receiver sees the same message.
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedUtc.Ticks}@siec.cms";
        if (message.ListUnsubscribe is { } unsubscribe)
        {
            // RFC 8058: mail programs offer "unsubscribe" and post to the address themselves, without opening it.
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments is null ? [] : JsonSerializer.Deserialize<List<MailAttachment>>(message.Attachments) ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static string SecurityName(string security) => security.Equals("Auto", StringComparison.OrdinalIgnoreCase) ? nameof(SecureSocketOptions.StartTlsWhenAvailable) : security;
}
