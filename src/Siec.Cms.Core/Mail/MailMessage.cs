namespace Siec.Cms.Core.Mail;

/// <summary>One e-mail to one recipient, in plain text and HTML.</summary>
public sealed record MailMessage(string To, string Subject, string Text, string Html)
{
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
