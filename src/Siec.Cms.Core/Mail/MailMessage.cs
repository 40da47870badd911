namespace Siec.Cms.Core.Mail;

/// <summary>One e-mail to one recipient, in plain text and HTML.</summary>
public sealed record MailMessage(string To, string Subject, string Text, string Html);

/// <summary>A file sent with a message, e.g. a workshop's .ics.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
