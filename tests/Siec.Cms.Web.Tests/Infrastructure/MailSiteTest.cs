namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>A test class with its own site (default recipe) sending mail to its own SMTP server on loopback.</summary>
public abstract class MailSiteTest : IAsyncLifetime
{
    protected SmtpSink Smtp { get; } = new SmtpSink().Start();

    protected SiteFactory Site { get; private set; } = null!;

    /// <summary>Settings beyond those <see cref="MailSites.Create"/> gives every such site.</summary>
    protected virtual IDictionary<string, string>? Settings => null;

    public Task InitializeAsync()
    {
        Site = MailSites.Create(Smtp, extra: Settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
