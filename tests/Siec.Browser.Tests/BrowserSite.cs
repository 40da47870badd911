using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Tests.Infrastructure;
using Siec.Cms.Web.Tests;

namespace Siec.Browser.Tests;

/// <summary>
/// The site on a real Kestrel port, set up with the default recipe plus one material, and Debian's Chromium driven by
/// Playwright. A browser that cannot start fails the tests; nothing is skipped.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly SiteFactory _factory = new(new Dictionary<string, string>
    {
        ["Cms:Setup:AdminPassword"] = AdminPassword,
        ["Cms:Setup:SiteName"] = "Sieć bibliotek pedagogicznych",
        ["Cms:Forms:SubmissionsPerMinute"] = "100",
        ["Cms:Forum:PostsAwaitingApproval"] = "0",
    });

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string Artifacts =>
        Environment.GetEnvironmentVariable("TEST_ARTIFACTS") is { Length: > 0 } path ? path : Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await AddMaterialAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
        Directory.CreateDirectory(Artifacts);
    }

    /// <summary>Debian's Chromium, headless, with nothing of its own reaching the network.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright, params string[] args) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", .. args],
    });

    public async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "pl-PL" });
        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The site's administrator from setup.</summary>
    public const string AdminName = "admin";

    public const string AdminPassword = "Haslo-123-Sieci";

    /// <summary>Fills the sign-in form the page shows and sends it, waiting for the page it lands on (<paramref name="landing"/>, a URL glob).</summary>
    public static async Task SignInAsync(IPage page, string userName, string password, string landing)
    {
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await Task.WhenAll(page.WaitForURLAsync(landing), page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj", Exact = true }).ClickAsync());
    }

    /// <summary>A Member account with the given password, as an approved application leaves it.</summary>
    public async Task<string> CreateMemberAsync(string name, string password)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "Member")).Succeeded);
        return name;
    }

    private async Task AddMaterialAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MediaStore>().WriteAsync("materialy/scenariusz-zajec.odt", new byte[4096]);
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var material = await manager.NewAsync("Material");
        material.GetOrCreatePart("TitlePart")["Title"] = "Scenariusz zajęć o współpracy ze środowiskiem lokalnym";
        material.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = "Scenariusz warsztatu dla nauczycieli bibliotekarzy.";
        var part = material.GetOrCreatePart("Material");
        part["Format"] = new JsonObject { ["Text"] = "scenariusz zajęć" };
        part["File"] = new JsonObject { ["Paths"] = new JsonArray("materialy/scenariusz-zajec.odt"), ["MediaTexts"] = new JsonArray("") };
        part["ThematicAreas"] = new JsonObject
        {
            ["TaxonomyContentItemId"] = Network.Common.NetworkIds.ThematicAreasTaxonomy,
            ["TermContentItemIds"] = new JsonArray("4m6mx7ktqjadtz48n4tdvde3pk"),
        };
        await manager.CreateAsync(material, publish: true);
    }
}
