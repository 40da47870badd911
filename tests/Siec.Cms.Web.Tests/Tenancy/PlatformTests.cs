using System.Net;
using Siec.Cms.Core.Tenancy;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Tenancy;

/// <summary>The platform's own pages: the networks' admin (/Admin/Sieci) and the portal (/sieci) (SQLite and PostgreSQL).</summary>
public abstract class PlatformTests : TenancyTest
{
    [Fact]
    public async Task The_platform_admin_creates_a_network_from_its_form_and_no_network_has_that_page()
    {
        var admin = await SignedInAsync(ClientOf(PlatformHost), "admin", MailSites.Password);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Sieci")).StatusCode);

        var fields = new Dictionary<string, string>
        {
            ["Network.DisplayName"] = "Biblioteki Mazowsza", ["Network.Name"] = "biblioteki", ["Network.Host"] = "https://biblioteki.test/",
            ["Network.Recipe"] = "nowa-siec", ["Network.CoordinatorEmail"] = "koordynatorka@example.org",
        };
        var refused = await PostFormAsync(admin, "/Admin/Sieci", fields, "/Admin/Sieci?handler=Create");
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Adres sieci musi być nazwą hosta", html);
        Assert.Contains("value=\"Biblioteki Mazowsza\"", html);
        Assert.Contains("value=\"koordynatorka@example.org\"", html);

        fields["Network.Host"] = "biblioteki.test";
        fields["Network.Recipe"] = "../../../etc/passwd";
        Assert.Contains("Wybierz recepturę sieci.", await (await PostFormAsync(admin, "/Admin/Sieci", fields, "/Admin/Sieci?handler=Create")).Content.ReadAsStringAsync());
        fields["Network.Recipe"] = "nowa-siec";
        var created = await PostFormAsync(admin, "/Admin/Sieci", fields, "/Admin/Sieci?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("biblioteki.test", await admin.GetStringAsync("/Admin/Sieci"));
        Assert.Contains("biblioteki.test", await admin.GetStringAsync("/Admin/Sieci?q=mazowsza"));
        Assert.Contains("Żadna sieć nie pasuje do wyszukiwania.", await admin.GetStringAsync("/Admin/Sieci?q=dyrektorzy"));
        Assert.Contains("Biblioteki Mazowsza", await ClientOf("biblioteki.test").GetStringAsync("/"));

        // An editor of the platform, and the network's own administrator in her network, get no such page.
        await UserAsync(null, "redaktorka", "Editor");
        var editor = await SignedInAsync(ClientOf(PlatformHost), "redaktorka", MailSites.Password);
        var forbidden = await editor.GetAsync("/Admin/Sieci");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Contains("/Login", forbidden.Headers.Location!.OriginalString);
        await UserAsync("biblioteki", "szefowa", "Administrator");
        var networkAdmin = await SignedInAsync(ClientOf("biblioteki.test"), "szefowa", MailSites.Password);
        Assert.Equal(HttpStatusCode.OK, (await networkAdmin.GetAsync("/Admin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await networkAdmin.GetAsync("/Admin/Sieci")).StatusCode);
        Assert.DoesNotContain("/Admin/Sieci", await networkAdmin.GetStringAsync("/Admin"));
    }

    [Fact]
    public async Task The_platform_admin_disables_and_removes_a_network_only_when_its_name_is_typed_again()
    {
        Assert.Empty(await CreateAsync("biblioteki", "nowa-siec", "Biblioteki"));
        var admin = await SignedInAsync(ClientOf(PlatformHost), "admin", MailSites.Password);

        var disabled = await PostFormAsync(admin, "/Admin/Sieci", new() { ["name"] = "biblioteki" }, "/Admin/Sieci?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await ClientOf("biblioteki.test").GetAsync("/")).StatusCode);
        var export = await admin.GetAsync("/Admin/Sieci?handler=Export&name=biblioteki");
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"steps\"", await export.Content.ReadAsStringAsync());

        var mistyped = await PostFormAsync(admin, "/Admin/Sieci", new() { ["name"] = "biblioteki", ["confirmation"] = "bibliotek" }, "/Admin/Sieci?handler=Remove");
        Assert.Contains("Aby usunąć sieć, wpisz jej nazwę techniczną (biblioteki); nic nie usunięto.", await mistyped.Content.ReadAsStringAsync());
        Assert.True(await DataExistsAsync("biblioteki"));
        var removed = await PostFormAsync(admin, "/Admin/Sieci", new() { ["name"] = "biblioteki", ["confirmation"] = "biblioteki" }, "/Admin/Sieci?handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Ostateczny eksport zachowano na serwerze", await admin.GetStringAsync("/Admin/Sieci"));
        Assert.False(await DataExistsAsync("biblioteki"));
        Assert.Single(Directory.GetFiles(Path.Combine(Site.DataPath, "Removed"), "biblioteki-*.recipe.json"));
    }

    [Fact]
    public async Task The_portal_lists_running_networks_with_areas_and_members_and_finds_one_by_its_area()
    {
        Assert.Empty(await CreateAsync("biblioteki", "siec-bibliotek-pedagogicznych", "Biblioteki Mazowsza"));
        Assert.Empty(await CreateAsync("dyrektorzy", "nowa-siec", "Dyrektorzy szkół", areas: "Przywództwo edukacyjne\n\n Ewaluacja wewnętrzna \n"));
        await UserAsync("biblioteki", "czlonkini", "Member");
        await RefreshDirectoryAsync();

        var portal = await ClientOf(PlatformHost).GetStringAsync("/sieci");
        Assert.Contains("<a href=\"http://biblioteki.test/\">Biblioteki Mazowsza</a>", portal);
        Assert.Contains("<a href=\"http://dyrektorzy.test/\">Dyrektorzy szkół</a>", portal);
        Assert.Contains("Współpraca ze środowiskiem lokalnym", portal);
        Assert.Contains("<dt>Członkowie</dt><dd>1</dd>", portal);
        // The new network's areas, coordinator and contact come from the creation form, through the recipe's parameters.
        Assert.Contains("<dd>Przywództwo edukacyjne, Ewaluacja wewnętrzna, Obszar tematyczny 3, Obszar tematyczny 4, Obszar tematyczny 5</dd>", portal);
        Assert.Contains("Koordynator sieci: Anna Nowak.", portal);
        Assert.Contains("mailto:koordynator-dyrektorzy@example.org", portal);
        var found = await ClientOf(PlatformHost).GetStringAsync("/sieci?q=srodowiskiem");
        Assert.Contains("Biblioteki Mazowsza", found);
        Assert.DoesNotContain("Dyrektorzy szkół", found);

        Assert.Null(await ManageAsync(m => m.SetStateAsync("dyrektorzy", TenantState.Disabled)));
        Assert.DoesNotContain("Dyrektorzy szkół", await ClientOf(PlatformHost).GetStringAsync("/sieci"));
        Assert.Equal(HttpStatusCode.NotFound, (await ClientOf("biblioteki.test").GetAsync("/sieci")).StatusCode);
    }

}

public sealed class SqlitePlatformTests : PlatformTests;

public sealed class PostgresPlatformTests : PlatformTests
{
    private readonly Dictionary<string, string> _database = PostgresSites.NewDatabase();

    protected override IDictionary<string, string> Database => _database;
}
