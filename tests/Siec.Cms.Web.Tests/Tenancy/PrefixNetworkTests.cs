using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Tenancy;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Tenancy;

/// <summary>Networks on a path of the platform's host (<c>/sieci/biblioteki</c>) instead of a host of their own (SQLite and PostgreSQL).</summary>
public abstract partial class PrefixNetworkTests : TenancyTest
{
    private const string Prefix = "/sieci/biblioteki";

    [Fact]
    public async Task A_network_on_a_path_serves_its_own_pages_with_every_link_under_its_path_beside_the_platform()
    {
        Assert.Empty(await CreateAsync("biblioteki", "siec-bibliotek-pedagogicznych", "Biblioteki Mazowsza", host: Prefix));
        var browser = ClientOf(PlatformHost);

        // Twice each: the second answers from the output cache, which must keep the platform's page and the network's apart.
        for (var i = 0; i < 2; i++)
        {
            var network = await browser.GetStringAsync(Prefix + "/");
            var platform = await browser.GetStringAsync("/");
            Assert.Contains("Biblioteki Mazowsza", network);
            Assert.DoesNotContain("Biblioteki Mazowsza", platform);
            AssertLinksStayUnder(network);
        }

        Assert.Contains($"href=\"{Prefix}/forum\"", await browser.GetStringAsync(Prefix + "/"));
        var forum = await browser.GetAsync(Prefix + "/forum");
        Assert.Equal(HttpStatusCode.OK, forum.StatusCode);
        AssertLinksStayUnder(await forum.Content.ReadAsStringAsync());
        // The recipe's inauguration post is found by the network's search, not by the platform's.
        Assert.Contains("inauguracj", (await browser.GetStringAsync(Prefix + "/szukaj?q=inauguracja")).ToLowerInvariant());
        Assert.Contains(Prefix + "/", Regex.Match(await browser.GetStringAsync(Prefix + "/sitemap.xml"), "<loc>([^<]+)</loc>").Groups[1].Value);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(Prefix + "/nie-ma-takiej-strony")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/sieci/nieznana/")).StatusCode);
        // The platform's own pages, and its list of networks at /sieci, are the platform's.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/sieci")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_on_a_network_on_a_path_signs_in_there_alone_and_its_cookie_opens_nothing_else()
    {
        Assert.Empty(await CreateAsync("biblioteki", "nowa-siec", "Biblioteki Mazowsza", host: Prefix));
        await UserAsync("biblioteki", "ala", "Administrator");
        await UserAsync(null, "ola", "Member");
        var browser = ClientOf(PlatformHost);
        // The platform's form cookies (path /) reach the network's path too: its forms must still work beside them.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Login")).StatusCode);

        var toLogin = await browser.GetAsync(Prefix + "/Admin");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith(Prefix + "/Login", toLogin.Headers.Location!.IsAbsoluteUri ? toLogin.Headers.Location.PathAndQuery : toLogin.Headers.Location.OriginalString);

        var signIn = await PostFormAsync(browser, Prefix + "/Login", new() { ["UserName"] = "ala", ["Password"] = MailSites.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith(Prefix + "/", signIn.Headers.Location!.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("siec.auth.biblioteki=", StringComparison.Ordinal));
        Assert.Contains($"path={Prefix}", cookie, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Prefix + "/Admin")).StatusCode);
        // Reader pages signed in twice: the second comes from the members' page cache with the member's own parts
        // (the follow button's form) put in, and their links are under the path too.
        foreach (var page in new[] { "/Admin", "/Admin/Content", "/Admin/Media", "/konto", "/materialy", "/materialy" })
        {
            AssertLinksStayUnder(await browser.GetStringAsync(Prefix + page));
        }

        Assert.Contains($"action=\"{Prefix}/obserwuj\"", await browser.GetStringAsync(Prefix + "/materialy"));

        // Same browser, same host: the platform's admin still asks who it is.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Admin")).StatusCode);
        // Signing in on the platform too keeps both sessions, each on its own path.
        await SignedInAsync(browser, "ola", MailSites.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/konto")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Prefix + "/Admin")).StatusCode);
        Assert.Contains("ola", await browser.GetStringAsync("/konto"));

        // The network's cookie presented to the platform under the platform's name is refused.
        var value = cookie[(cookie.IndexOf('=') + 1)..cookie.IndexOf(';')];
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/Admin");
        forged.Headers.Add("Cookie", $"siec.auth={value}");
        Assert.Equal(HttpStatusCode.Redirect, (await ClientOf(PlatformHost).SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task A_platform_account_passes_into_a_network_on_a_path_in_the_same_browser_and_stays_signed_in_on_both()
    {
        Assert.Empty(await CreateAsync("biblioteki", "nowa-siec", "Biblioteki Mazowsza", host: Prefix));
        await UserAsync(null, "ewa", "Member");
        await UserAsync("biblioteki", "ewa", "Member");
        var browser = await SignedInAsync(ClientOf(PlatformHost), "ewa", MailSites.Password);

        var start = await browser.GetAsync(Prefix + "/konto/platforma");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Contains($"path={Prefix}/konto/z-platformy", start.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("siec.przepustka=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        var pass = await browser.GetAsync(start.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, pass.StatusCode);
        Assert.Equal(PlatformHost, pass.Headers.Location!.Host);
        Assert.StartsWith(Prefix + "/konto/z-platformy", pass.Headers.Location.AbsolutePath);

        var arrival = await browser.GetAsync(pass.Headers.Location.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, arrival.StatusCode);
        // The state is spent: its cookie is deleted where it was set, under the network's path.
        var spent = arrival.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("siec.przepustka=", StringComparison.Ordinal));
        Assert.Contains($"path={Prefix}/konto/z-platformy", spent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=Thu, 01 Jan 1970", spent, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(Prefix + "/", arrival.Headers.Location!.OriginalString);
        Assert.Contains("kontem platformy", await browser.GetStringAsync(Prefix + "/konto"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/konto")).StatusCode);
    }

    [Fact]
    public async Task A_path_must_be_one_name_under_sieci_and_free_and_a_bad_one_creates_nothing()
    {
        foreach (var bad in new[] { "/Admin", "/sieci/../admin", "/sieci/a/b", "/sieci/", "//zla.example/x", "/sieci/żółw", "/konto" })
        {
            var errors = await CreateAsync("zla", "nowa-siec", "Zła", host: bad);
            Assert.Contains(errors, e => e.Contains("Ścieżka sieci musi mieć postać /sieci/nazwa", StringComparison.Ordinal));
        }

        var both = await ManageAsync(m => m.CreateAsync(new TenantRequest
        {
            Name = "zla", Host = "zla.test", Prefix = Prefix, Recipe = "nowa-siec", CoordinatorEmail = "k@example.org",
        }));
        Assert.Contains("Podaj albo nazwę hosta, albo ścieżkę sieci, nie oba naraz.", both);

        Assert.Empty(await CreateAsync("biblioteki", "nowa-siec", "Biblioteki", host: Prefix));
        Assert.Contains($"Ścieżkę '{Prefix}' ma już inna sieć.", await CreateAsync("druga", "nowa-siec", "Druga", host: Prefix.ToUpperInvariant()));
        Assert.Equal(["Default", "biblioteki"], (await Site.Services.GetRequiredService<TenantRegistry>().AllAsync()).Select(t => t.Name));
    }

    /// <summary>Every root-relative link of the page stays under the network's path, but for the assets all networks share.</summary>
    private static void AssertLinksStayUnder(string html)
    {
        var links = Link().Matches(html).Select(m => m.Groups[1].Value).Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, url => Assert.True(
            url == Prefix || url.StartsWith(Prefix + "/", StringComparison.Ordinal) || url.StartsWith(Prefix + "?", StringComparison.Ordinal)
            || url.StartsWith("/theme/", StringComparison.Ordinal) || url.StartsWith("/admin-assets/", StringComparison.Ordinal),
            $"Link poza ścieżką sieci: {url}"));
    }

    [GeneratedRegex("\\s(?:href|src|action|formaction)=\"([^\"]*)\"")]
    private static partial Regex Link();
}

public sealed class SqlitePrefixNetworkTests : PrefixNetworkTests;

public sealed class PostgresPrefixNetworkTests : PrefixNetworkTests
{
    private readonly Dictionary<string, string> _database = PostgresSites.NewDatabase();

    protected override IDictionary<string, string> Database => _database;
}
