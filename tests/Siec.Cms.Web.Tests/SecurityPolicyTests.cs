using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>The low-severity findings of the review: headers, HEAD, page numbers, lockout, links, post markup, moderation in search.</summary>
public sealed partial class SecurityPolicyTests : MailSiteTest
{
    private const string Category = "48n8892f1nj5rkrvw4naqmtb6g";
    private const string CategoryPath = "/forum/sprawy-ogolne";

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Cms:Forum:PostsAwaitingApproval"] = "0", ["Cms:Forum:PostsPerMinute"] = "1000", ["Cms:Accounts:PasswordLinkHours"] = "72",
    };

    [Fact]
    public async Task Every_page_kind_carries_the_security_headers_and_no_page_allows_inline_script_or_style()
    {
        var reader = MailSites.Client(Site);
        var admin = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "naglowki", "Administrator"));
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "czlonkini-naglowki"));
        string[] readerPages = ["/", "/blog", "/forum", CategoryPath, "/materialy", "/warsztaty", "/warsztaty.ics", "/szukaj?q=biblioteka", "/sitemap.xml",
            "/robots.txt", "/blog/rss", "/czlonkowie", "/dolacz", "/obszary/nie-ma", "/nie-ma-takiej-strony", "/deklaracja-dostepnosci"];
        string[] accountPages = ["/Login", "/zapomniane-haslo"];
        string[] adminPages = ["/Admin", "/Admin/Content", "/Admin/Content/Edit?type=Page", "/Admin/Review", "/Admin/Submissions", "/Admin/Reports",
            "/Admin/Media", "/Admin/Users", "/Admin/Roles", "/Admin/Recipes", "/Admin/Settings", "/Admin/Templates", "/Admin/Audit", "/Admin/Content/Edit?type=BlogPost",
            "/Admin/Submissions/Details?id=0", "/materialy/dodaj"];

        var responses = new List<(string Path, HttpResponseMessage Response)>();
        foreach (var path in readerPages)
        {
            responses.Add((path, await reader.GetAsync(path)));
        }

        foreach (var path in accountPages)
        {
            responses.Add((path, await reader.GetAsync(path)));
        }

        foreach (var path in adminPages)
        {
            responses.Add((path, await admin.GetAsync(path)));
        }

        responses.Add(("/konto", await member.GetAsync("/konto")));
        responses.Add(("/konto/materialy", await member.GetAsync("/konto/materialy")));
        foreach (var (path, response) in responses)
        {
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            var policy = Header(response, "Content-Security-Policy");
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.Contains("object-src 'none'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
            Assert.DoesNotContain(" style=\"", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Pages_answer_HEAD_like_GET_and_a_huge_page_number_is_no_error()
    {
        var reader = MailSites.Client(Site);

        foreach (var path in new[] { "/", "/blog", "/materialy", "/forum" })
        {
            var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {path}: {head.StatusCode}");
        }

        foreach (var path in new[] { "/szukaj?q=a&strona=107374184", "/materialy?strona=2147483647", "/blog?strona=999999999", $"{CategoryPath}?strona=2147483647" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        }

        // Search syntax of FTS5 and tsquery typed as text never reaches either engine as syntax.
        foreach (var query in new[] { "\"niedomknięty", "a*", "NEAR(biblioteka sieci)", "Title: x", "biblioteka:*", "a & b | !c <-> d", "'); DROP TABLE \"SearchIndex\"; --", "\"\"" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/szukaj?q=" + Uri.EscapeDataString(query))).StatusCode);
        }

        var admin = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "stronicujaca", "Administrator"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Content?strona=2147483647")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Submissions?strona=2147483647")).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_lock_briefly_then_longer_and_the_owner_is_told()
    {
        var name = await MailSites.UserAsync(Site, "blokowana", "Editor");

        var first = await LockAsync(name);
        Assert.Contains("Spróbuj ponownie za 1 min.", first);
        await Smtp.WaitForAsync(_ => Smtp.To("blokowana@example.org").Any());
        Assert.StartsWith("Zablokowano logowanie na Twoje konto", Smtp.To("blokowana@example.org").Single().Subject);

        await ExpireLockAsync(name);
        var second = await LockAsync(name);
        Assert.Contains("Spróbuj ponownie za 2 min.", second);
        await Smtp.WaitForAsync(_ => Smtp.To("blokowana@example.org").Count() == 2);
    }

    [Fact]
    public async Task Password_links_last_a_day_at_most_whatever_the_configuration_says()
    {
        using var scope = Site.Services.CreateScope();
        Assert.Equal(TimeSpan.FromHours(24), scope.ServiceProvider.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
    }

    [Fact]
    public async Task A_post_cannot_lay_itself_over_the_page_nor_clobber_its_elements()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "nakladka"));
        var body = "## Spis\n\n[do spisu](#spis)\n\n<div style=\"position:fixed;top:0;left:0;width:100%;z-index:9999\">Zaloguj się</div>"
            + "<img src=\"/media/a.png\" id=\"upload-bar\" name=\"forms\" alt=\"x\"><p id=\"tresc\">akapit</p>";

        var started = await PostFormAsync(member, CategoryPath, new() { ["parent"] = Category, ["tytul"] = "Nakładka", ["tresc"] = body, ["akcja"] = "wyslij" }, "/forum/wpis");
        var page = await MailSites.Client(Site).GetStringAsync(started.Headers.Location!.ToString());
        var post = page[page.IndexOf("<h2 id=\"tresc-spis\"", StringComparison.Ordinal)..];

        Assert.DoesNotContain("position:fixed", post);
        Assert.DoesNotContain("z-index", post);
        Assert.DoesNotContain("id=\"upload-bar\"", post);
        Assert.DoesNotContain("name=\"forms\"", post);
        Assert.DoesNotContain("<p id=\"tresc\"", post);
        Assert.Contains("href=\"#tresc-spis\"", post);
    }

    [Fact]
    public async Task Replies_of_a_hidden_topic_leave_search_with_it()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "autorka-tematu"));
        var started = await PostFormAsync(member, CategoryPath, new() { ["parent"] = Category, ["tytul"] = "Temat do ukrycia", ["tresc"] = "Początek.", ["akcja"] = "wyslij" }, "/forum/wpis");
        var topicPath = started.Headers.Location!.ToString();
        var topicId = Regex.Match(await member.GetStringAsync(topicPath), "name=\"parent\" value=\"([0-9a-z]{26})\"").Groups[1].Value;
        await PostFormAsync(member, topicPath, new() { ["parent"] = topicId, ["tresc"] = "Odpowiedź ze słowem kwiatuszkowy.", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.Contains("<mark>kwiatuszkowy</mark>", await MailSites.Client(Site).GetStringAsync("/szukaj?q=kwiatuszkowy"));

        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderatorka-ukrywa", "Moderator"));
        var hidden = await PostFormAsync(moderator, topicPath, new() { ["id"] = topicId, ["akcja"] = "ukryj", ["powod"] = "spam" }, "/forum/moderuj");

        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.DoesNotContain("<mark>kwiatuszkowy</mark>", await MailSites.Client(Site).GetStringAsync("/szukaj?q=kwiatuszkowy"));
        Assert.DoesNotContain("<mark>kwiatuszkowy</mark>", await MailSites.Client(Site).GetStringAsync("/szukaj?q=kwiatuszkowy&typ=forum"));
    }

    [Fact]
    public async Task The_editor_takes_only_terms_the_taxonomy_has()
    {
        var editor = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "taksonomka", "Editor"));

        var forged = await PostFormAsync(editor, "/Admin/Content/Edit?type=Material", new()
        {
            ["f.TitlePart.Title"] = "Materiał z podrobionym obszarem", ["f.Material.ThematicAreas"] = "00000000000000000000000000", ["submit"] = "draft",
        });

        Assert.Contains("Wybierz spośród podanych pozycji.", await forged.Content.ReadAsStringAsync());
    }

    private async Task<string> LockAsync(string name)
    {
        var client = MailSites.Client(Site);
        for (var i = 0; i < 5; i++)
        {
            await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = "zle-haslo" });
        }

        return await (await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = MailSites.Password })).Content.ReadAsStringAsync();
    }

    private async Task ExpireLockAsync(string name)
    {
        using var scope = Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = (await users.FindByNameAsync(name))!;
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddSeconds(-1));
        await users.ResetAccessFailedCountAsync(user);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : "";
}
