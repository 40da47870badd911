namespace Siec.Cms.Core.Mail;

/// <summary>The <c>Cms:Mail</c> section: the SMTP server mail is sent through, and how the outbox retries.</summary>
public sealed class MailOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary><c>Auto</c> (STARTTLS when offered), <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "Auto";

    public string From { get; set; } = "Sieć współpracy <noreply@localhost>";

    /// <summary>How often the outbox is looked at when nothing wakes it.</summary>
    public double PollSeconds { get; set; } = 15;

    /// <summary>The first retry waits this long; each further one twice as long, up to <see cref="MaxRetrySeconds"/>.</summary>
    public double RetrySeconds { get; set; } = 30;

    public double MaxRetrySeconds { get; set; } = 3600;

    /// <summary>
    /// How long a sender's claim on a message lasts: a node that dies mid-send leaves its claims, and another node takes
    /// them over after this long. Longer than sending a batch of 50 can take.
    /// </summary>
    public double ClaimSeconds { get; set; } = 300;
}
