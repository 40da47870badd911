using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>Sites that send mail to a test SMTP server, and their users: made in the database, signed in over HTTP.</summary>
public static class MailSites
{
    public const string Password = "Haslo-123-Sieci";

    public static SiteFactory Create(SmtpSink smtp, string? dataPath = null, int submissionsPerMinute = 1000, IDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Cms:Setup:AdminPassword"] = Password,
            ["Cms:Setup:SiteName"] = "Sieć bibliotek pedagogicznych",
            ["Cms:Admin:LoginAttemptsPerMinute"] = "1000",
            ["Cms:Forms:SubmissionsPerMinute"] = submissionsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cms:Mail:Host"] = "127.0.0.1",
            ["Cms:Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cms:Mail:From"] = "Sieć bibliotek <siec@example.org>",
            ["Cms:Mail:PollSeconds"] = "0.2",
            ["Cms:Mail:RetrySeconds"] = "0.3",
            ["Cms:Mail:MaxRetrySeconds"] = "1",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return new SiteFactory(settings, dataPath: dataPath);
    }

    public static HttpClient Client(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An account with the role, e-mail <c>{name}@example.org</c> and the test password.</summary>
    public static async Task<string> UserAsync(SiteFactory site, string name, string role)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return name;
    }

    public static async Task<HttpClient> SignedInAsync(SiteFactory site, string name, string password = Password)
    {
        var client = Client(site);
        var response = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
