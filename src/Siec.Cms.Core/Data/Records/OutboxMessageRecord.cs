namespace Siec.Cms.Core.Data.Records;

/// <summary>
/// An e-mail waiting to be sent or already sent. It is written in the transaction of what caused it, and
/// <see cref="Cause"/> is unique, so one cause never yields two messages.
/// </summary>
public sealed class OutboxMessageRecord
{
    public long Id { get; set; }

    public string Cause { get; set; } = "";

    /// <summary>Whose personal data the message carries (a submission or user id), so erasure finds it.</summary>
    public string? Reference { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    /// <summary>The one-click unsubscribe address (RFC 8058) sent as <c>List-Unsubscribe</c>, or null.</summary>
    public string? ListUnsubscribe { get; set; }

    /// <summary>Attachments as JSON (file name, content type, base64 content), or null.</summary>
    public string? Attachments { get; set; }

    public DateTime CreatedUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Set while a sender works on the message; a claim that outlives its sender expires and is retried.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }
}
