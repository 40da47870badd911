using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Siec.Cms.Web.Tests;
using Siec.Cms.Web.Tests.Infrastructure;
using Siec.Network.Portal;

namespace Siec.Browser.Tests;

/// <summary>
/// The platform on a real Kestrel port sending mail to a test SMTP server, and Chromium resolving every
/// <c>*.test</c> host to loopback, so networks answer on their own host names as they would behind DNS.
/// </summary>
public sealed class PlatformSite : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public SmtpSink Smtp { get; } = new SmtpSink().Start();

    public SiteFactory Factory { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public int Port { get; private set; }

    public string Url(string host, string path) => $"http://{host}:{Port}{path}";

    public async Task InitializeAsync()
    {
        Factory = MailSites.Create(Smtp, extra: new Dictionary<string, string> { ["Cms:Tenants:Scheme"] = "http", ["Cms:Tenants:DefaultHost"] = "platforma.test" });
        Factory.UseKestrel(0);
        Factory.StartServer();
        Port = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserSite.LaunchChromiumAsync(_playwright, "--host-resolver-rules=MAP *.test 127.0.0.1");
        Directory.CreateDirectory(BrowserSite.Artifacts);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>ORE staff create a network in the platform admin; its coordinator signs in from the mail and publishes.</summary>
public sealed class PlatformBrowserTests(PlatformSite site) : IClassFixture<PlatformSite>
{
    private const string Coordinator = "koordynatorka@example.org";
    private const string Password = "Haslo-Koordynatorki-1";

    [Fact]
    public async Task Staff_create_a_network_and_its_coordinator_signs_in_from_the_mail_and_publishes_a_post()
    {
        var staff = await site.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "pl-PL" });
        await staff.GotoAsync(site.Url("platforma.test", "/Login"));
        await BrowserSite.SignInAsync(staff, BrowserSite.AdminName, MailSites.Password, "**/Admin");
        await staff.GotoAsync(site.Url("platforma.test", "/Admin/Sieci"));
        await Axe.AssertNoSeriousViolationsAsync(staff);
        await staff.FillAsync("#Network_DisplayName", "Biblioteki Mazowsza");
        await staff.FillAsync("#Network_Name", "biblioteki");
        await staff.FillAsync("#Network_Host", "biblioteki.test");
        await staff.SelectOptionAsync("#Network_Recipe", "nowa-siec");
        await staff.FillAsync("#Network_CoordinatorEmail", Coordinator);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Utwórz sieć" }).ClickAsync();
        await staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "Utworzono sieć" }).WaitForAsync();
        Assert.Equal(1, await staff.Locator("td", new() { HasText = "biblioteki.test" }).CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(staff);
        await staff.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "sieci-platformy.png"), FullPage = true });

        await site.Smtp.WaitForAsync(_ => site.Smtp.To(Coordinator).Any());
        var mailed = new Uri(System.Text.RegularExpressions.Regex.Match(site.Smtp.To(Coordinator).Single().TextBody!, @"http://biblioteki\.test/ustaw-haslo\?u=\S+").Value);
        // The mail names the network's own address; only the test server's port is added here.
        var link = new UriBuilder(mailed) { Port = site.Port }.Uri;
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "pl-PL" });
        var coordinator = await context.NewPageAsync();
        await coordinator.GotoAsync(link.ToString());
        await coordinator.FillAsync("#Password", Password);
        await coordinator.FillAsync("#Confirm", Password);
        await Task.WhenAll(coordinator.WaitForURLAsync("**/Login?haslo=ustawione"), coordinator.GetByRole(AriaRole.Button, new() { Name = "Zapisz hasło" }).ClickAsync());
        await BrowserSite.SignInAsync(coordinator, Coordinator, Password, "**/Admin");
        await coordinator.GotoAsync(site.Url("biblioteki.test", "/Admin/Content/Edit?type=BlogPost"));
        await coordinator.FillAsync("#f-TitlePart-Title", "Pierwsze spotkanie sieci");
        await coordinator.FillAsync("#f-MarkdownBodyPart-Markdown", "Spotykamy się w bibliotece w Radomiu.");
        await Task.WhenAll(coordinator.WaitForURLAsync("**/Admin/Content/Edit?id=*"), coordinator.GetByRole(AriaRole.Button, new() { Name = "Opublikuj", Exact = true }).ClickAsync());

        await coordinator.GotoAsync(site.Url("biblioteki.test", "/blog/pierwsze-spotkanie-sieci"));
        Assert.Equal("Pierwsze spotkanie sieci", (await coordinator.Locator("h1").TextContentAsync())?.Trim());
        // Her session is the network's: the platform's admin does not know her.
        await coordinator.GotoAsync(site.Url("platforma.test", "/Admin"));
        Assert.Contains("/Login", coordinator.Url);
        await context.CloseAsync();

        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NetworkDirectory>().RefreshAsync();
        }

        var portal = await site.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "pl-PL" });
        await portal.GotoAsync(site.Url("platforma.test", "/sieci"));
        Assert.Equal(1, await portal.Locator("a[href='http://biblioteki.test/']").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(portal);
        await portal.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "portal-sieci.png"), FullPage = true });
        await portal.CloseAsync();
        await staff.CloseAsync();
    }

    [Fact]
    public async Task A_network_on_a_path_of_the_platform_works_in_the_browser_with_every_link_inside_its_path()
    {
        const string coordinator = "dyrektor@example.org";
        var staff = await site.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "pl-PL" });
        await staff.GotoAsync(site.Url("platforma.test", "/Login"));
        await BrowserSite.SignInAsync(staff, BrowserSite.AdminName, MailSites.Password, "**/Admin");
        await staff.GotoAsync(site.Url("platforma.test", "/Admin/Sieci"));
        await staff.FillAsync("#Network_DisplayName", "Dyrektorzy szkół");
        await staff.FillAsync("#Network_Name", "dyrektorzy");
        await staff.FillAsync("#Network_Host", "/sieci/dyrektorzy");
        await staff.SelectOptionAsync("#Network_Recipe", "nowa-siec");
        await staff.FillAsync("#Network_CoordinatorEmail", coordinator);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Utwórz sieć" }).ClickAsync();
        await staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "Utworzono sieć" }).WaitForAsync();
        await staff.CloseAsync();

        await site.Smtp.WaitForAsync(_ => site.Smtp.To(coordinator).Any());
        var mailed = new Uri(System.Text.RegularExpressions.Regex.Match(site.Smtp.To(coordinator).Single().TextBody!, @"http://platforma\.test/sieci/dyrektorzy/ustaw-haslo\?u=\S+").Value);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new UriBuilder(mailed) { Port = site.Port }.Uri.ToString());
        await page.FillAsync("#Password", Password);
        await page.FillAsync("#Confirm", Password);
        await Task.WhenAll(page.WaitForURLAsync("**/sieci/dyrektorzy/Login?haslo=ustawione"), page.GetByRole(AriaRole.Button, new() { Name = "Zapisz hasło" }).ClickAsync());
        await BrowserSite.SignInAsync(page, coordinator, Password, "**/sieci/dyrektorzy/Admin");
        await page.GotoAsync(site.Url("platforma.test", "/sieci/dyrektorzy/Admin/Content/Edit?type=BlogPost"));
        await page.FillAsync("#f-TitlePart-Title", "Narada dyrektorów");
        await page.FillAsync("#f-MarkdownBodyPart-Markdown", "Pytania zadawajcie na [forum sieci](/forum).");
        await Task.WhenAll(page.WaitForURLAsync("**/sieci/dyrektorzy/Admin/Content/Edit?id=*"), page.GetByRole(AriaRole.Button, new() { Name = "Opublikuj", Exact = true }).ClickAsync());

        await page.GotoAsync(site.Url("platforma.test", "/sieci/dyrektorzy/blog/narada-dyrektorow"));
        Assert.Equal("Narada dyrektorów", (await page.Locator("h1").TextContentAsync())?.Trim());
        // The editor's link to /forum, written for the root of a host, leads to this network's forum.
        await Task.WhenAll(page.WaitForURLAsync("**/sieci/dyrektorzy/forum"), page.GetByRole(AriaRole.Link, new() { Name = "forum sieci" }).ClickAsync());
        // Signed in on the network's path only: the platform's admin, on the same host, asks who it is.
        await page.GotoAsync(site.Url("platforma.test", "/Admin"));
        Assert.Contains("/Login", page.Url);
        Assert.DoesNotContain("/sieci/", page.Url);
        await context.CloseAsync();
    }
}
