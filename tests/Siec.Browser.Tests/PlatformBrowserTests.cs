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
        var staff = await CreateNetworkAsync("Biblioteki Mazowsza", "biblioteki", "biblioteki.test", Coordinator);
        Assert.Equal(1, await staff.Locator("td", new() { HasText = "biblioteki.test" }).CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(staff);
        await staff.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Artifacts, "sieci-platformy.png"), FullPage = true });

        var (context, coordinator) = await CoordinatorSignsInAsync(Coordinator, @"http://biblioteki\.test/ustaw-haslo\?u=\S+", "biblioteki.test", "");
        await PublishPostAsync(coordinator, site.Url("biblioteki.test", "/Admin/Content/Edit?type=BlogPost"), "Pierwsze spotkanie sieci", "Spotykamy się w bibliotece w Radomiu.");
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
        await (await CreateNetworkAsync("Dyrektorzy szkół", "dyrektorzy", "/sieci/dyrektorzy", coordinator)).CloseAsync();

        var (context, page) = await CoordinatorSignsInAsync(coordinator, @"http://platforma\.test/sieci/dyrektorzy/ustaw-haslo\?u=\S+", "platforma.test", "/sieci/dyrektorzy");
        await PublishPostAsync(page, site.Url("platforma.test", "/sieci/dyrektorzy/Admin/Content/Edit?type=BlogPost"), "Narada dyrektorów", "Pytania zadawajcie na [forum sieci](/forum).");
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

    /// <summary>Staff sign in to the platform admin and create a network from <c>nowa-siec</c>; their page stays on <c>/Admin/Sieci</c>.</summary>
    private async Task<IPage> CreateNetworkAsync(string title, string name, string address, string coordinator)
    {
        var staff = await site.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "pl-PL" });
        await staff.GotoAsync(site.Url("platforma.test", "/Login"));
        await BrowserSite.SignInAsync(staff, BrowserSite.AdminName, MailSites.Password, "**/Admin");
        await staff.GotoAsync(site.Url("platforma.test", "/Admin/Sieci"));
        await Axe.AssertNoSeriousViolationsAsync(staff);
        await staff.FillAsync("#Network_DisplayName", title);
        await staff.FillAsync("#Network_Name", name);
        await staff.FillAsync("#Network_Host", address);
        await staff.SelectOptionAsync("#Network_Recipe", "nowa-siec");
        await staff.FillAsync("#Network_CoordinatorEmail", coordinator);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Utwórz sieć" }).ClickAsync();
        await staff.GetByRole(AriaRole.Status).Filter(new() { HasText = "Utworzono sieć" }).WaitForAsync();
        return staff;
    }

    /// <summary>
    /// The coordinator, in a browser of their own, opens the mailed link (the mail names the network's own address;
    /// only the test server's port is added here), chooses a password and signs in to the network's admin.
    /// </summary>
    private async Task<(IBrowserContext Context, IPage Page)> CoordinatorSignsInAsync(string coordinator, string linkPattern, string host, string path)
    {
        await site.Smtp.WaitForAsync(_ => site.Smtp.To(coordinator).Any());
        var mailed = new Uri(System.Text.RegularExpressions.Regex.Match(site.Smtp.To(coordinator).Single().TextBody!, linkPattern).Value);
        Assert.Equal(host, mailed.Host);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new UriBuilder(mailed) { Port = site.Port }.Uri.ToString());
        await page.FillAsync("#Password", Password);
        await page.FillAsync("#Confirm", Password);
        await Task.WhenAll(page.WaitForURLAsync($"**{path}/Login?haslo=ustawione"), page.GetByRole(AriaRole.Button, new() { Name = "Zapisz hasło" }).ClickAsync());
        await BrowserSite.SignInAsync(page, coordinator, Password, $"**{path}/Admin");
        return (context, page);
    }

    private static async Task PublishPostAsync(IPage page, string editor, string title, string markdown)
    {
        await page.GotoAsync(editor);
        await page.FillAsync("#f-TitlePart-Title", title);
        await page.FillAsync("#f-MarkdownBodyPart-Markdown", markdown);
        await Task.WhenAll(page.WaitForURLAsync("**/Admin/Content/Edit?id=*"), page.GetByRole(AriaRole.Button, new() { Name = "Opublikuj", Exact = true }).ClickAsync());
    }
}
