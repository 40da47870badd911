using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Tenancy;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Tenancy;

/// <summary>Networks on their own hosts, created from recipes, isolated from each other, disabled and removed (SQLite and PostgreSQL).</summary>
public abstract partial class NetworkTests : TenancyTest
{
    /// <summary>Words of the recipe's inauguration post that a search for "inauguracja" does not mark.</summary>
    private const string InaugurationTail = "współpracy i samokształcenia pracowników bibliotek pedagogicznych";

    [Fact]
    public async Task Networks_made_from_different_recipes_answer_on_their_own_hosts_and_an_unknown_host_gets_404()
    {
        Assert.Empty(await CreateAsync("biblioteki", "siec-bibliotek-pedagogicznych", "Biblioteki Mazowsza"));
        Assert.Empty(await CreateAsync("dyrektorzy", "nowa-siec", "Dyrektorzy szkół"));

        var libraries = await ClientOf("biblioteki.test").GetStringAsync("/");
        var heads = await ClientOf("dyrektorzy.test").GetStringAsync("/");
        Assert.Contains("Biblioteki Mazowsza", libraries);
        Assert.DoesNotContain("Dyrektorzy szkół", libraries);
        Assert.Contains("Dyrektorzy szkół", heads);
        Assert.DoesNotContain("Biblioteki Mazowsza", heads);
        // Only the pedagogical libraries' recipe brings the inauguration post.
        Assert.Contains(InaugurationTail, await ClientOf("biblioteki.test").GetStringAsync("/szukaj?q=inauguracja"));
        Assert.DoesNotContain(InaugurationTail, await ClientOf("dyrektorzy.test").GetStringAsync("/szukaj?q=inauguracja"));

        var unknown = await ClientOf("nieznana.test").GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Nie ma takiej sieci", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await ClientOf(PlatformHost).GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_single_network_installation_started_as_a_platform_keeps_its_site_as_the_default_network()
    {
        // Today's installation: no network configuration, reached on any host, with a post of its own.
        var dataPath = SiteFactory.NewDataPath();
        var path = "";
        var single = new Dictionary<string, string>(Database) { ["Cms:Setup:AdminPassword"] = MailSites.Password };
        await using (var before = new SiteFactory(single, dataPath: dataPath))
        {
            await using var scope = before.Services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var post = await content.NewAsync("BlogPost");
            post.GetOrCreatePart("TitlePart")["Title"] = "Wpis sprzed platformy";
            await content.CreateAsync(post, publish: true);
            path = "/" + (string)post.GetOrCreatePart("AutoroutePart")["Path"]!;
            Assert.Contains("Wpis sprzed platformy", await before.CreateClient().GetStringAsync(path));
        }

        // The same data started with a platform host: the old site is the default network, and networks can be added.
        var platform = new Dictionary<string, string>(single) { ["Cms:Tenants:DefaultHost"] = PlatformHost, ["Cms:Tenants:Scheme"] = "http" };
        await using var after = new SiteFactory(platform, dataPath: dataPath);
        var client = after.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{PlatformHost}") });
        Assert.Contains("Wpis sprzed platformy", await client.GetStringAsync(path));
        await using (var scope = after.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(new TenantRequest
            {
                Name = "nowa", Host = "nowa.test", Recipe = "nowa-siec", CoordinatorEmail = "k@example.org",
            }));
        }

        var network = after.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://nowa.test") });
        Assert.Equal(HttpStatusCode.NotFound, (await network.GetAsync(path)).StatusCode);
        Assert.Contains("Wpis sprzed platformy", await client.GetStringAsync(path));
    }

    [Fact]
    public async Task A_bad_request_is_refused_in_Polish_and_leaves_nothing_behind()
    {
        Assert.Empty(await CreateAsync("biblioteki", "nowa-siec", "Biblioteki"));

        Assert.Contains("Sieć o nazwie 'biblioteki' już istnieje.", await CreateAsync("biblioteki", "nowa-siec", "Inna", host: "inna.test"));
        Assert.Contains("Adres 'biblioteki.test' ma już inna sieć.", await CreateAsync("inna", "nowa-siec", "Inna", host: "biblioteki.test"));
        Assert.Contains(await CreateAsync("zla", "nowa-siec", "Zła", host: "http://zla.test/sciezka"), e => e.StartsWith("Adres sieci musi być nazwą hosta", StringComparison.Ordinal));
        Assert.Contains(await CreateAsync("../etc", "nowa-siec", "Zła"), e => e.StartsWith("Nazwa techniczna sieci", StringComparison.Ordinal));
        Assert.Contains("Receptura 'nie-ma-takiej' nie istnieje.", await CreateAsync("brak", "nie-ma-takiej", "Brak"));
        var broken = Path.Combine(Site.DataPath, "zepsuta.recipe.json");
        await File.WriteAllTextAsync(broken, """{ "name": "Zepsuta", "steps": [ { "name": "Content", "data": [ { "ContentType": "Nieznany", "ContentItemId": "x" } ] } ] }""");
        Assert.NotEmpty(await CreateAsync("zepsuta", broken, "Zepsuta"));

        var names = (await Site.Services.GetRequiredService<TenantRegistry>().AllAsync()).Select(t => t.Name).ToList();
        Assert.Equal([TenantSettings.DefaultName, "biblioteki"], names);
        Assert.False(await DataExistsAsync("zepsuta"));
        Assert.Equal(HttpStatusCode.NotFound, (await ClientOf("zepsuta.test").GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Two_staff_creating_the_same_network_at_once_get_one_network_and_one_refusal()
    {
        var results = await Task.WhenAll(
            CreateAsync("biblioteki", "nowa-siec", "Biblioteki", coordinator: "pierwsza@example.org"),
            CreateAsync("biblioteki", "nowa-siec", "Biblioteki", coordinator: "druga@example.org"));

        Assert.Single(results, r => r.Count == 0);
        Assert.Single(results, r => r.Contains("Sieć o nazwie 'biblioteki' już istnieje."));
        Assert.True(await DataExistsAsync("biblioteki"));
        Assert.Contains("Biblioteki", await ClientOf("biblioteki.test").GetStringAsync("/"));
    }

    [Fact]
    public async Task A_draft_search_hit_media_file_submission_mail_and_audit_entry_of_one_network_are_not_in_another()
    {
        Assert.Empty(await CreateAsync("biblioteki", "nowa-siec", "Biblioteki"));
        Assert.Empty(await CreateAsync("dyrektorzy", "nowa-siec", "Dyrektorzy"));
        string draftId = "", postPath = "";
        await InAsync("biblioteki", async services =>
        {
            var content = services.GetRequiredService<ContentManager>();
            var post = await content.NewAsync("BlogPost");
            post.DisplayText = "Spotkanie w Zbrzeźniakowie";
            post.GetOrCreatePart("TitlePart")["Title"] = "Spotkanie w Zbrzeźniakowie";
            await content.CreateAsync(post, publish: true);
            postPath = (string)post.GetOrCreatePart("AutoroutePart")["Path"]!;
            var draft = await content.NewAsync("BlogPost");
            draft.GetOrCreatePart("TitlePart")["Title"] = "Szkic tajny";
            await content.CreateAsync(draft, publish: false);
            draftId = draft.ContentItemId;
            await services.GetRequiredService<MediaStore>().WriteAsync("tajne/plan.pdf", "%PDF-1.4 plan"u8.ToArray());
        });
        var applied = await PostFormAsync(ClientOf("biblioteki.test"), "/dolacz", JoiningTests.Application("Zofia", "Kamińska", "zofia@example.org"));
        Assert.Equal(HttpStatusCode.SeeOther, applied.StatusCode);
        await Smtp.WaitForAsync(_ => Smtp.To("zofia@example.org").Any());

        var (a, b) = (ClientOf("biblioteki.test"), ClientOf("dyrektorzy.test"));
        Assert.Contains("Zbrzeźniakowie", await a.GetStringAsync("/szukaj?q=zbrzezniakowie"));
        Assert.DoesNotContain("Zbrzeźniakowie", await b.GetStringAsync("/szukaj?q=zbrzezniakowie"));
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/" + postPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync("/" + postPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/media/tajne/plan.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync("/media/tajne/plan.pdf")).StatusCode);

        var inA = await CountsAsync("biblioteki", draftId);
        var inB = await CountsAsync("dyrektorzy", draftId);
        Assert.Equal((1, 1, 1, true), (inA.Drafts, inA.Submissions, inA.Audit, inA.Mailed));
        Assert.Equal((0, 0, 0, false), (inB.Drafts, inB.Submissions, inB.Audit, inB.Mailed));
    }

    [Fact]
    public async Task The_coordinator_sets_a_password_from_the_mail_and_has_no_power_in_another_network()
    {
        Assert.Empty(await CreateAsync("biblioteki", "nowa-siec", "Biblioteki", coordinator: "koordynatorka@example.org"));
        Assert.Empty(await CreateAsync("dyrektorzy", "nowa-siec", "Dyrektorzy"));
        await Smtp.WaitForAsync(_ => Smtp.To("koordynatorka@example.org").Any());
        var mail = Smtp.To("koordynatorka@example.org").Single();
        Assert.Equal("Sieć „Biblioteki” jest gotowa", mail.Subject);
        Assert.Contains("pod adresem http://biblioteki.test/", mail.TextBody);
        var link = new Uri(PasswordLink().Match(mail.TextBody!).Value);
        Assert.Equal("biblioteki.test", link.Host);

        var a = ClientOf("biblioteki.test");
        await PostFormAsync(a, link.PathAndQuery, new() { ["Password"] = "Haslo-Koordynatorki-1", ["Confirm"] = "Haslo-Koordynatorki-1" });
        var login = await PostFormAsync(a, "/Login", new() { ["UserName"] = "koordynatorka@example.org", ["Password"] = "Haslo-Koordynatorki-1" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/Admin")).StatusCode);

        // Her account is not in B, and her cookie and form tokens from A are refused there.
        var b = ClientOf("dyrektorzy.test");
        var refused = await PostFormAsync(b, "/Login", new() { ["UserName"] = "koordynatorka@example.org", ["Password"] = "Haslo-Koordynatorki-1" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/Admin");
        replay.Headers.Add("Cookie", cookie);
        var replayed = await ClientOf("dyrektorzy.test").SendAsync(replay);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/Login", replayed.Headers.Location!.OriginalString);

        // A form token with its cookie, fetched from A, is good in A and refused in B.
        Assert.NotEqual(HttpStatusCode.BadRequest, (await PostWithTokenOfAsync("biblioteki.test", "biblioteki.test")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostWithTokenOfAsync("biblioteki.test", "dyrektorzy.test")).StatusCode);
    }

    private async Task<HttpResponseMessage> PostWithTokenOfAsync(string issuer, string target)
    {
        var page = await ClientOf(issuer).GetAsync("/Login");
        var token = FormToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["UserName"] = "x", ["Password"] = "y" }),
        };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        return await ClientOf(target).SendAsync(post);
    }

    [Fact]
    public async Task A_disabled_network_answers_503_keeps_its_data_and_is_removed_only_after_with_a_final_export()
    {
        Assert.Empty(await CreateAsync("biblioteki", "siec-bibliotek-pedagogicznych", "Biblioteki"));
        Assert.Empty(await CreateAsync("dyrektorzy", "nowa-siec", "Dyrektorzy"));
        var (refusedRemoval, _) = await ManageAsync(m => m.RemoveAsync("biblioteki"));
        Assert.Equal("Sieć 'biblioteki' działa: najpierw ją wyłącz.", refusedRemoval);

        Assert.Null(await ManageAsync(m => m.SetStateAsync("biblioteki", TenantState.Disabled)));
        var disabled = await ClientOf("biblioteki.test").GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, disabled.StatusCode);
        Assert.Contains("Sieć jest wyłączona", await disabled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await ClientOf("dyrektorzy.test").GetAsync("/")).StatusCode);

        Assert.Null(await ManageAsync(m => m.SetStateAsync("biblioteki", TenantState.Running)));
        Assert.Contains(InaugurationTail, await ClientOf("biblioteki.test").GetStringAsync("/szukaj?q=inauguracja"));

        Assert.Null(await ManageAsync(m => m.SetStateAsync("biblioteki", TenantState.Disabled)));
        var (error, exportPath) = await ManageAsync(m => m.RemoveAsync("biblioteki"));
        Assert.Null(error);
        Assert.Contains("Inauguracja sieci", await File.ReadAllTextAsync(exportPath!));
        Assert.False(await DataExistsAsync("biblioteki"));
        Assert.Equal(HttpStatusCode.NotFound, (await ClientOf("biblioteki.test").GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientOf("dyrektorzy.test").GetAsync("/")).StatusCode);
    }


    [Fact]
    public async Task An_idle_network_is_released_and_started_again_by_its_next_request()
    {
        Assert.Empty(await CreateAsync("biblioteki", "nowa-siec", "Biblioteki"));
        Assert.Empty(await CreateAsync("dyrektorzy", "nowa-siec", "Dyrektorzy"));
        Assert.Equal(HttpStatusCode.OK, (await ClientOf("biblioteki.test").GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientOf("dyrektorzy.test").GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientOf(PlatformHost).GetAsync("/")).StatusCode);
        var shells = Site.Services.GetRequiredService<TenantShells>();
        Assert.Equal(3, shells.StartedCount);

        // An hour from now both networks are idle; the platform itself is never let go.
        Assert.Equal(2, shells.ReleaseIdle(DateTime.UtcNow.AddHours(1)));
        Assert.Equal(1, shells.StartedCount);
        Assert.Contains("Biblioteki", await ClientOf("biblioteki.test").GetStringAsync("/"));
        Assert.Equal(2, shells.StartedCount);
    }


    private async Task<(int Drafts, int Submissions, int Audit, bool Mailed)> CountsAsync(string tenant, string draftId)
    {
        var counts = (0, 0, 0, false);
        await InAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            counts = (
                await db.ContentItems.CountAsync(r => r.ContentItemId == draftId),
                await db.FormSubmissions.CountAsync(),
                await db.AuditEvents.CountAsync(e => e.ContentItemId == draftId),
                await db.Outbox.AnyAsync(m => m.To == "zofia@example.org"));
        });
        return counts;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex(@"http://[a-z.]+/ustaw-haslo\?u=\S+")]
    private static partial Regex PasswordLink();
}

public sealed class SqliteNetworkTests : NetworkTests;

public sealed class PostgresNetworkTests : NetworkTests
{
    private readonly Dictionary<string, string> _database = PostgresSites.NewDatabase();

    protected override IDictionary<string, string> Database => _database;
}

/// <summary>The same on PostgreSQL with a database of its own for each network.</summary>
public sealed class PostgresDatabasePerNetworkTests : NetworkTests
{
    private readonly Dictionary<string, string> _database = new(PostgresSites.NewDatabase()) { ["Cms:Tenants:DatabasePerNetwork"] = "true" };

    protected override IDictionary<string, string> Database => _database;
}
