using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>What the admin tests share: a site with the default recipe, accounts in a role, signed-in clients and form helpers.</summary>
public abstract class AdminTestBase(PublicSiteFixture site)
{
    protected PublicSiteFixture Site { get; } = site;

    protected const string BlogId = "42sdhp0ewm0v7hqdqy29cmvqvw";

    /// <summary>Allowed: the page itself, or a redirect that is not to the sign-in page.</summary>
    protected static bool Allowed(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK
        || (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.ToString().Contains("/Login", StringComparison.Ordinal));

    /// <summary>An antiforgery token for this client, taken from a page every visitor may open.</summary>
    protected static async Task<Dictionary<string, string>> AntiforgeryAsync(HttpClient client) =>
        (await FormAsync(client, "/Login")).Where(f => f.Key == "__RequestVerificationToken").ToDictionary();

    protected static FormUrlEncodedContent Form(Dictionary<string, string> hidden, Dictionary<string, string> fields) =>
        new(hidden.Concat(fields));

    protected const string Password = "Haslo-123-Sieci";

    protected HttpClient NewClient() => Site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected async Task<string> UserAsync(string name, string role)
    {
        await Site.RunAsync<UserManager<IdentityUser>>(async users =>
        {
            var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        });
        return name;
    }

    protected async Task<HttpClient> SignedInAsync(string name)
    {
        var client = NewClient();
        var response = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
