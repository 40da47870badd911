using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Tenancy;

/// <summary>One account per person across networks: joining with one click, signing in through the platform, roles per network, leaving and erasure (SQLite and PostgreSQL).</summary>
public abstract partial class PlatformAccountTests : TenancyTest
{
    [Fact]
    public async Task One_platform_account_joins_two_networks_with_one_click_each_and_holds_a_different_role_in_each()
    {
        Assert.Empty(await CreateAsync("alfa", "nowa-siec", "Sieć Alfa"));
        Assert.Empty(await CreateAsync("beta", "nowa-siec", "Sieć Beta"));
        await UserAsync(null, "ewa", "Member");
        var platform = await SignedInAsync(ClientOf(PlatformHost), "ewa", MailSites.Password);
        await RefreshDirectoryAsync();
        Assert.Contains("href=\"http://alfa.test/konto/platforma?cel=/\"", await platform.GetStringAsync("/sieci"));
        Assert.Contains("href=\"/konto/platforma?cel=%2Fkonto\"", await ClientOf("beta.test").GetStringAsync("/Login"));

        foreach (var network in new[] { "alfa", "beta" })
        {
            // Not a member yet: the pass lands on the network's join form, filled from the platform account.
            var (client, arrival) = await ArriveAsync(platform, network);
            Assert.Equal(HttpStatusCode.OK, arrival.StatusCode);
            var page = await arrival.Content.ReadAsStringAsync();
            Assert.Contains("Wypełniliśmy formularz danymi Twojego konta platformy", page);
            var fields = FormFields(page);
            Assert.Equal("ewa@example.org", fields["Email"]);
            var sent = await PostAsync(client, "/dolacz", fields, new()
            {
                ["Imie"] = "Ewa", ["Nazwisko"] = "Kowalska", ["Instytucja"] = "Biblioteka Pedagogiczna w Toruniu", ["Wojewodztwo"] = "kujawsko-pomorskie",
                ["Rola"] = "nauczyciel bibliotekarz", ["Motywacja"] = "Chcę się uczyć z innymi.", ["Zgoda"] = "tak",
            });
            Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);

            // The application goes to the network's coordinator as any other.
            await UserAsync(network, $"moderatorka-{network}", "Moderator");
            var moderator = await SignedInAsync(ClientOf($"{network}.test"), $"moderatorka-{network}", MailSites.Password);
            var id = SubmissionLink().Match(await moderator.GetStringAsync("/Admin/Submissions?Status=Pending")).Groups[1].Value;
            Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(moderator, $"/Admin/Submissions/{id}", [], $"/Admin/Submissions/{id}?handler=Approve")).StatusCode);

            // Now a member: the next pass signs her in with this network's account.
            var (member, signedIn) = await ArriveAsync(platform, network, "/forum");
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/forum", signedIn.Headers.Location!.ToString());
            var account = await member.GetStringAsync("/konto");
            Assert.Contains("Zalogowano jako <strong>ewa-kowalska</strong>", account);
            Assert.Contains("Logujesz się tu kontem platformy", account);
        }

        await InAsync("beta", async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync("ewa@example.org"))!, "Moderator")).Succeeded);
        });
        var (inBeta, _) = await ArriveAsync(platform, "beta", "/Admin");
        var (inAlfa, _) = await ArriveAsync(platform, "alfa", "/Admin");
        Assert.Equal(HttpStatusCode.OK, (await inBeta.GetAsync("/Admin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await inAlfa.GetAsync("/Admin")).StatusCode);
        Assert.Equal(["Member"], await RolesAsync("alfa", "ewa@example.org"));
        Assert.Equal(["Member", "Moderator"], await RolesAsync("beta", "ewa@example.org"));

        var mine = await platform.GetStringAsync("/konto/sieci");
        Assert.Contains("Sieć Alfa", mine);
        Assert.Contains("Sieć Beta", mine);
    }

    [Fact]
    public async Task A_pass_opens_only_its_own_network_in_the_browser_that_asked_only_once_and_lands_only_on_a_local_path()
    {
        var platform = await EwaInAlfaAndBetaAsync();
        var (browser, platformPath) = await StartAsync("alfa");
        var state = State().Match(platformPath).Groups[1].Value;
        var pass = await PassAsync(platform, platformPath);
        Assert.Equal("alfa.test", pass.Host);

        // Someone else's browser (a pass slipped to a victim to sign her in to the sender's account) is refused.
        var victim = ClientOf("alfa.test");
        var forged = await victim.GetAsync(pass.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Przepustka z platformy jest nieważna", await forged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/konto")).StatusCode);
        // Another network refuses it even with the right state; so does the network itself when it is altered.
        Assert.Equal(HttpStatusCode.BadRequest, (await WithStateAsync("beta.test", pass.PathAndQuery, state)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WithStateAsync("alfa.test", pass.PathAndQuery.Replace("t=", "t=A", StringComparison.Ordinal), state)).StatusCode);

        var used = await browser.GetAsync(pass.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/konto", used.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/konto")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WithStateAsync("alfa.test", pass.PathAndQuery, state)).StatusCode);

        foreach (var elsewhere in new[] { "//zla-strona.example/kradziez", "https://zla-strona.example/", "/\\zla-strona.example", "javascript:alert(1)" })
        {
            Assert.Contains("cel=%2Fkonto&", (await StartAsync("alfa", elsewhere)).PlatformPath);
            var (_, path) = await StartAsync("alfa");
            Assert.Contains("cel=%2Fkonto", (await PassAsync(platform, path.Replace("cel=%2Fkonto", "cel=" + Uri.EscapeDataString(elsewhere), StringComparison.Ordinal))).Query);
        }

        // Asked for on the platform with no state, the passage is sent to the network to begin there.
        var unbegun = await PassAsync(platform, "/konto/przepustka?siec=alfa&cel=%2Fforum");
        Assert.Equal("http://alfa.test/konto/platforma?cel=%2Fforum", unbegun.ToString());

        var unknown = await platform.GetAsync("/konto/przepustka?siec=nieznana");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Nie ma takiej sieci", await unknown.Content.ReadAsStringAsync());
        await ManageAsync(m => m.SetStateAsync("beta", Siec.Cms.Core.Tenancy.TenantState.Disabled));
        Assert.Equal(HttpStatusCode.NotFound, (await platform.GetAsync("/konto/przepustka?siec=beta")).StatusCode);

        // Passes are made on the platform and taken on networks only; nobody signed out gets one.
        Assert.StartsWith("/Login", (await PassAsync(ClientOf(PlatformHost), platformPath)).PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.GetAsync(pass.PathAndQuery)).StatusCode);
        var alfaMember = await SignedInAsync(ClientOf("alfa.test"), "ewa", MailSites.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await alfaMember.GetAsync("/konto/przepustka?siec=alfa")).StatusCode);

        // An account made in the platform's admin with a typed password has an address nobody proved: no pass until its
        // owner sets a password from a link mailed there.
        var admin = await SignedInAsync(ClientOf(PlatformHost), "admin", MailSites.Password);
        await PostFormAsync(admin, "/Admin/Users", new() { ["UserName"] = "podstawiona", ["Email"] = "wlascicielka@example.org", ["NewPassword"] = MailSites.Password }, "/Admin/Users?handler=Create");
        var impostor = await SignedInAsync(ClientOf(PlatformHost), "podstawiona", MailSites.Password);
        var noPass = await impostor.GetAsync("/konto/przepustka?siec=alfa");
        Assert.Equal(HttpStatusCode.Forbidden, noPass.StatusCode);
        Assert.Contains("potwierdzonego adresu", await noPass.Content.ReadAsStringAsync());
        await PostFormAsync(ClientOf(PlatformHost), "/zapomniane-haslo", new() { ["Email"] = "wlascicielka@example.org" });
        await Smtp.WaitForAsync(m => Smtp.To("wlascicielka@example.org").Any());
        var link = new Uri(PasswordLink().Match(Smtp.To("wlascicielka@example.org").Last().TextBody!).Value);
        await PostFormAsync(ClientOf(PlatformHost), link.PathAndQuery, new() { ["Password"] = "Haslo-Od-Wlascicielki-1", ["Confirm"] = "Haslo-Od-Wlascicielki-1" });
        var proven = await SignedInAsync(ClientOf(PlatformHost), "podstawiona", "Haslo-Od-Wlascicielki-1");
        Assert.StartsWith("http://alfa.test/konto/z-platformy?t=", (await PassAsync(proven, (await StartAsync("alfa")).PlatformPath)).ToString());

        // A network's coordinator who blocked the account is obeyed.
        await InAsync("alfa", async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync("ewa"))!, DateTimeOffset.MaxValue);
        });
        var (blocked, refused) = await ArriveAsync(platform, "alfa");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await blocked.GetAsync("/konto")).StatusCode);
    }

    [Fact]
    public async Task Leaving_one_network_keeps_the_other_and_erasing_the_platform_account_erases_it_in_every_network()
    {
        var platform = await EwaInAlfaAndBetaAsync();
        await ArriveAsync(platform, "alfa");
        var (inBeta, _) = await ArriveAsync(platform, "beta");

        var data = await platform.GetStringAsync("/konto/dane?handler=Json");
        Assert.Contains("\"alfa\"", data);
        Assert.Contains("\"beta\"", data);

        // Leaving: confirmed with the platform's password (the network's account has none of its own).
        var wrong = await PostFormAsync(inBeta, "/konto/usun", new() { ["Password"] = "Zle-haslo-12345" });
        Assert.Contains("Nieprawidłowe hasło", await wrong.Content.ReadAsStringAsync());
        Assert.True(await ExistsAsync("beta", "ewa@example.org"));
        Assert.Contains("Opuść sieć", await inBeta.GetStringAsync("/konto"));
        var left = await PostFormAsync(inBeta, "/konto/usun", new() { ["Password"] = MailSites.Password });
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.False(await ExistsAsync("beta", "ewa@example.org"));
        Assert.True(await ExistsAsync("alfa", "ewa@example.org"));
        var mine = await platform.GetStringAsync("/konto/sieci");
        Assert.Contains("Sieć Alfa", mine);
        Assert.DoesNotContain("Sieć Beta", mine);

        var erased = await PostFormAsync(platform, "/konto/usun", new() { ["Password"] = MailSites.Password });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.False(await ExistsAsync("alfa", "ewa@example.org"));
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("ewa"));
    }

    [Fact]
    public async Task A_network_whose_coordinator_is_a_platform_account_opens_its_admin_to_that_account_alone()
    {
        await UserAsync(null, "ewa", "Member");
        await UserAsync(null, "jan", "Member");
        Assert.Empty(await CreateAsync("gamma", "nowa-siec", "Sieć Gamma", coordinator: "ewa@example.org"));

        var (coordinator, arrived) = await ArriveAsync(await SignedInAsync(ClientOf(PlatformHost), "ewa", MailSites.Password), "gamma", "/Admin");
        Assert.Equal("/Admin", arrived.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Admin")).StatusCode);

        // Another platform account is no one in the new network: it gets the join form, not the admin.
        var (stranger, joining) = await ArriveAsync(await SignedInAsync(ClientOf(PlatformHost), "jan", MailSites.Password), "gamma", "/Admin");
        Assert.Equal(HttpStatusCode.OK, joining.StatusCode);
        Assert.Contains("Wypełniliśmy formularz", await joining.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, (await stranger.GetAsync("/Admin")).StatusCode);
    }

    /// <summary>Networks alfa and beta, each with an account for ewa@example.org as has the platform; the platform signed in as her.</summary>
    private async Task<HttpClient> EwaInAlfaAndBetaAsync()
    {
        Assert.Empty(await CreateAsync("alfa", "nowa-siec", "Sieć Alfa"));
        Assert.Empty(await CreateAsync("beta", "nowa-siec", "Sieć Beta"));
        foreach (var network in new[] { null, "alfa", "beta" })
        {
            await UserAsync(network, "ewa", "Member");
        }

        return await SignedInAsync(ClientOf(PlatformHost), "ewa", MailSites.Password);
    }

    /// <summary>A new browser on the network's host asking to sign in with the platform account; where the network sends it on the platform.</summary>
    private async Task<(HttpClient Browser, string PlatformPath)> StartAsync(string network, string? landing = null)
    {
        var browser = ClientOf($"{network}.test");
        var start = await browser.GetAsync("/konto/platforma" + (landing is null ? "" : $"?cel={Uri.EscapeDataString(landing)}"));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal(PlatformHost, start.Headers.Location!.Host);
        return (browser, start.Headers.Location.PathAndQuery);
    }

    /// <summary>The platform's redirect (with a pass, when the passage was begun on the network).</summary>
    private static async Task<Uri> PassAsync(HttpClient platform, string platformPath)
    {
        var response = await platform.GetAsync(platformPath);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    /// <summary>A whole passage to the network in a new browser; the network's answer to the pass.</summary>
    private async Task<(HttpClient Client, HttpResponseMessage Response)> ArriveAsync(HttpClient platform, string network, string? landing = null)
    {
        var (browser, platformPath) = await StartAsync(network, landing);
        var pass = await PassAsync(platform, platformPath);
        Assert.Equal($"{network}.test", pass.Host);
        return (browser, await browser.GetAsync(pass.PathAndQuery));
    }

    /// <summary>A browser on <paramref name="host"/> holding a passage's state cookie.</summary>
    private async Task<HttpResponseMessage> WithStateAsync(string host, string path, string state)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"siec.przepustka={state}");
        return await ClientOf(host).SendAsync(request);
    }

    private async Task<List<string>> RolesAsync(string network, string email)
    {
        var roles = new List<string>();
        await InAsync(network, async services =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            roles.AddRange((await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).Order());
        });
        return roles;
    }

    private async Task<bool> ExistsAsync(string network, string email)
    {
        var exists = false;
        await InAsync(network, async services => exists = await services.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email) is not null);
        return exists;
    }

    [GeneratedRegex("stan=([0-9a-f]{32})")]
    private static partial Regex State();

    [GeneratedRegex(@"http://[a-z.]+/ustaw-haslo\?u=\S+")]
    private static partial Regex PasswordLink();

    [GeneratedRegex("href=\"/Admin/Submissions/([0-9a-z]{26})\"")]
    private static partial Regex SubmissionLink();
}

public sealed class SqlitePlatformAccountTests : PlatformAccountTests;

public sealed class PostgresPlatformAccountTests : PlatformAccountTests
{
    private readonly Dictionary<string, string> _database = PostgresSites.NewDatabase();

    protected override IDictionary<string, string> Database => _database;
}
