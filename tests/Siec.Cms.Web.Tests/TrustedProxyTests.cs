using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// Sign-in limits per client address on a real Kestrel port: behind a trusted proxy each client has its own bucket;
/// from anyone else X-Forwarded-For is ignored, so a forged header cannot slip past the limit.
/// </summary>
public sealed class TrustedProxyTests
{
    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_sign_in_limit()
    {
        await using var site = Start(new() { ["Cms:KnownProxies"] = "127.0.0.1" });
        using var client = Client(site);

        var first = await SignInAttemptsAsync(client, "10.0.0.1", 3);
        var other = await SignInAttemptsAsync(client, "10.0.0.2", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], other);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_a_forged_forwarded_address_does_not_reset_the_limit()
    {
        await using var site = Start([]);
        using var client = Client(site);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.AddRange(await SignInAttemptsAsync(client, $"10.0.0.{i + 10}", 1));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static SiteFactory Start(Dictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>(extra) { ["Cms:Setup:AdminPassword"] = MailSites.Password, ["Cms:Admin:LoginAttemptsPerMinute"] = "2" };
        var site = new SiteFactory(settings);
        site.UseKestrel(0);
        site.StartServer();
        return site;
    }

    private static HttpClient Client(SiteFactory site) => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = new Uri(site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
    };

    private static async Task<List<HttpStatusCode>> SignInAttemptsAsync(HttpClient client, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var form = await FormAsync(client, "/Login");
            form["UserName"] = "admin";
            form["Password"] = "zle-haslo";
            using var request = new HttpRequestMessage(HttpMethod.Post, "/Login") { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        return statuses;
    }
}
