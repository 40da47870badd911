using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>Who reaches the admin and what each role may do there: sign-in, lockout, rate limits, accounts, roles, recipes.</summary>
public sealed class AdminAccessTests(PublicSiteFixture site) : AdminTestBase(site), IClassFixture<PublicSiteFixture>
{
    [Fact]
    public async Task Anonymous_admin_requests_go_to_the_login_page()
    {
        var client = NewClient();

        var admin = await client.GetAsync("/Admin/Content");

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("http://localhost/Login?ReturnUrl=%2FAdmin%2FContent", admin.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Administrators_validate_import_and_export_recipes_in_the_admin_and_editors_may_not()
    {
        var admin = await SignedInAsync(await UserAsync("ore-admin", "Administrator"));
        var editor = await SignedInAsync(await UserAsync("ore-redaktor", "Editor"));

        var valid = await PostFormAsync(admin, "/Admin/Recipes", new() { ["name"] = "siec-bibliotek-pedagogicznych", ["mode"] = "validate" });
        var form = await FormAsync(admin, "/Admin/Recipes");
        form["mode"] = "import";
        var bad = await admin.PostAsync("/Admin/Recipes", Multipart(form, "upload", "zla.recipe.json",
            System.Text.Encoding.UTF8.GetBytes("""{ "steps": [ { "name": "Settings", "SiteName": "Zmieniona" }, { "name": "Queries" } ] }""")));
        var export = await admin.GetAsync("/Admin/Recipes?handler=Export");
        var forbidden = await editor.PostAsync("/Admin/Recipes", Form(await AntiforgeryAsync(editor), new() { ["name"] = "nowa-siec", ["mode"] = "import" }));

        Assert.Contains("jest poprawna", await Infrastructure.RecipeJobs.ReportAsync(admin, valid));
        var badHtml = await Infrastructure.RecipeJobs.ReportAsync(admin, bad);
        Assert.Contains("krok 2 (Queries)", badHtml);
        Assert.Contains("Nic nie zostało zmienione.", badHtml);
        Assert.DoesNotContain("Zmieniona", await NewClient().GetStringAsync("/"));
        var exported = System.Text.Json.Nodes.JsonNode.Parse(await export.Content.ReadAsStringAsync())!;
        Assert.Contains(exported["steps"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "Content");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Contains("/Login", forbidden.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Administrators_create_and_disable_accounts_and_grant_permissions_to_roles()
    {
        var admin = await SignedInAsync(await UserAsync("kadry", "Administrator"));
        await Site.RunAsync<Core.Security.RoleService>(r => r.SaveAsync(new Core.Security.RoleDefinition { Name = "Korektor", Description = "Poprawia strony." }));

        var created = await PostFormAsync(admin, "/Admin/Users", new()
        {
            ["UserName"] = "nowa-moderatorka", ["Email"] = "moderatorka@example.org", ["NewPassword"] = Password, ["roles"] = "Korektor",
        }, "/Admin/Users?handler=Create");
        var weak = await PostFormAsync(admin, "/Admin/Users", new()
        {
            ["UserName"] = "slabe-haslo", ["Email"] = "slabe@example.org", ["NewPassword"] = "abc",
        }, "/Admin/Users?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Hasło musi mieć co najmniej 12 znaków.", await weak.Content.ReadAsStringAsync());

        var moderator = await SignedInAsync("nowa-moderatorka");
        Assert.False(Allowed(await moderator.GetAsync("/Admin/Content/Edit?type=Page")));
        var roleForm = await FormAsync(admin, "/Admin/Roles");
        var grants = new[] { "AccessAdminPanel", "Edit_ForumTopic", "Edit_Page" }.Select(p => new KeyValuePair<string, string>("granted", p));
        var granted = await admin.PostAsync("/Admin/Roles", new FormUrlEncodedContent(
            roleForm.Where(f => f.Key == "__RequestVerificationToken").Append(new("name", "Korektor")).Concat(grants)));
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.True(Allowed(await moderator.GetAsync("/Admin/Content/Edit?type=Page")));
        Assert.True(Allowed(await moderator.GetAsync("/Admin/Content/Edit?id=4sf9k7pb0embex3pcrztabd048")));

        var id = await Site.RunAsync<UserManager<IdentityUser>, string>(async u => (await u.FindByNameAsync("nowa-moderatorka"))!.Id);
        await PostFormAsync(admin, "/Admin/Users", new() { ["id"] = id }, "/Admin/Users?handler=Toggle");
        var login = NewClient();
        var refused = await PostFormAsync(login, "/Login", new() { ["UserName"] = "nowa-moderatorka", ["Password"] = Password });
        Assert.Contains("Konto jest wyłączone.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_cannot_reach_the_admin_and_wrong_passwords_lock_an_account()
    {
        var member = await SignedInAsync(await UserAsync("czlonek", "Member"));
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/Admin/Content")).StatusCode);

        var name = await UserAsync("zapominalska", "Editor");
        var client = NewClient();
        var wrong = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = "zle-haslo" });
        Assert.Contains("Nieprawidłowa nazwa użytkownika lub hasło.", await wrong.Content.ReadAsStringAsync());
        for (var i = 0; i < 4; i++)
        {
            await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = "zle-haslo" });
        }

        var locked = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = Password });
        Assert.Contains("Konto jest czasowo zablokowane", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        await using var limited = new SiteFactory(new Dictionary<string, string>
        {
            ["Cms:Setup:AdminPassword"] = Password,
            ["Cms:Admin:LoginAttemptsPerMinute"] = "3",
        });
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await FormAsync(client, "/Login");
        form["UserName"] = "admin";
        form["Password"] = "zle";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsync("/Login", new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Login")).StatusCode);
    }

    [Theory]
    [InlineData("Administrator", true, true, true, true, true)]
    [InlineData("Editor", true, true, true, true, true)]
    [InlineData("Moderator", true, false, false, true, false)]
    [InlineData("Member", false, false, false, false, false)]
    [InlineData(null, false, false, false, false, false)]
    public async Task Permission_matrix_every_role_against_every_admin_action(string? role, bool list, bool openNewPage, bool createPage, bool editTopic, bool deletePage)
    {
        var client = role is null ? NewClient() : await SignedInAsync(await UserAsync($"osoba-{role.ToLowerInvariant()}", role));
        var victim = await Site.RunAsync<ContentManager, string>(async m =>
        {
            var page = await m.NewAsync("Page");
            page.GetOrCreatePart("TitlePart")["Title"] = $"Strona do usunięcia {Guid.NewGuid():n}";
            await m.CreateAsync(page, publish: true);
            return page.ContentItemId;
        });

        var results = new[]
        {
            Allowed(await client.GetAsync("/Admin/Content")),
            Allowed(await client.GetAsync("/Admin/Content/Edit?type=Page")),
            Allowed(await client.PostAsync("/Admin/Content/Edit?type=Page", Form(await AntiforgeryAsync(client), new()
            {
                ["type"] = "Page", ["f.TitlePart.Title"] = $"Nowa strona {role}", ["submit"] = "publish",
            }))),
            Allowed(await client.GetAsync("/Admin/Content/Edit?id=4sf9k7pb0embex3pcrztabd048")),
            Allowed(await client.PostAsync("/Admin/Content?handler=Delete", Form(await AntiforgeryAsync(client), new() { ["id"] = victim }))),
        };

        Assert.Equal([list, openNewPage, createPage, editTopic, deletePage], results);
        Assert.Equal(deletePage, await Site.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(victim)) is null);
    }
}
