using System.Net;
using System.Text.RegularExpressions;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// Signed-in members get reader pages from the page cache too: a page rendered for one member is served to the next
/// member of the same roles with that member's own name and form token; pages that show a member's own data (follows,
/// unread markers, forms) are never shared; a commit evicts the members' pages as it does the anonymous ones.
/// </summary>
public sealed partial class MemberPageCacheTests : MailSiteTest
{
    private const string Post = "/blog/inauguracja-sieci";
    private const string Topic = "/forum/sprawy-ogolne/witamy-na-forum-sieci";
    private const string TopicId = "4sf9k7pb0embex3pcrztabd048";
    private const string BlogId = "42sdhp0ewm0v7hqdqy29cmvqvw";

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string> { ["Cms:Forum:PostsAwaitingApproval"] = "0" };

    [Fact]
    public async Task A_page_rendered_for_one_member_is_served_to_another_with_their_own_name_and_token()
    {
        var anna = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "anna"));
        var bartek = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "bartek"));

        var first = await anna.GetAsync(Post);
        Assert.Null(first.Headers.Age);
        var annasPage = await first.Content.ReadAsStringAsync();
        var shared = await bartek.GetAsync(Post);
        Assert.NotNull(shared.Headers.Age);
        var bparteksPage = await shared.Content.ReadAsStringAsync();

        Assert.Equal("anna", SignedInName(annasPage));
        Assert.Equal("bartek", SignedInName(bparteksPage));
        Assert.DoesNotContain(">anna<", bparteksPage);
        Assert.DoesNotContain("siecmember", annasPage + bparteksPage);
        Assert.NotEqual(FormFields(annasPage)["__RequestVerificationToken"], FormFields(bparteksPage)["__RequestVerificationToken"]);
        Assert.Equal(Regex.Replace(annasPage, "anna|value=\"[^\"]+\"", ""), Regex.Replace(bparteksPage, "bartek|value=\"[^\"]+\"", ""));

        // The token put in Bartek's page is his: his sign-out form works with it, and signs him out.
        var signedOut = await PostAsync(bartek, "/Logout", new() { ["__RequestVerificationToken"] = FormFields(bparteksPage)["__RequestVerificationToken"] }, []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/Login", (await bartek.GetAsync("/konto")).Headers.Location?.OriginalString);
        // Signed out, he is a reader again: the anonymous page, which never holds a member's header.
        var anonymous = await bartek.GetStringAsync(Post);
        Assert.Null(SignedInName(anonymous));
        Assert.Contains("href=\"/Login\">Zaloguj</a>", anonymous);

        // Anna's token from her first page still posts for her.
        var followed = await PostAsync(anna, "/obserwuj", new() { ["__RequestVerificationToken"] = FormFields(annasPage)["__RequestVerificationToken"] }, new() { ["id"] = TopicId, ["akcja"] = "obserwuj" });
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
    }

    [Fact]
    public async Task Pages_with_a_members_own_data_are_rendered_for_each_member()
    {
        var anna = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "anna"));
        var bartek = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "bartek"));
        foreach (var path in new[] { Topic, "/blog", "/materialy" })
        {
            await anna.GetAsync(path);
        }

        var follow = FormFields(await anna.GetStringAsync("/blog"));
        var followed = await PostAsync(anna, "/obserwuj", new() { ["__RequestVerificationToken"] = follow["__RequestVerificationToken"] }, new() { ["id"] = BlogId, ["akcja"] = "obserwuj" });
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.Contains("Przestań obserwować", await anna.GetStringAsync("/blog"));

        foreach (var path in new[] { Topic, "/blog", "/materialy" })
        {
            var response = await bartek.GetAsync(path);
            Assert.Null(response.Headers.Age);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal("bartek", SignedInName(page));
            Assert.DoesNotContain("Przestań obserwować", page);
            Assert.Contains("Obserwuj (powiadomienia e-mail)", page);
        }
    }

    [Fact]
    public async Task A_commit_evicts_the_members_pages_that_show_it_and_leaves_the_others()
    {
        var anna = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "anna"));
        var admin = await MailSites.SignedInAsync(Site, "admin");
        foreach (var path in new[] { Post, "/" })
        {
            await anna.GetAsync(path);
            Assert.NotNull((await anna.GetAsync(path)).Headers.Age);
        }

        // The administrator's roles are not a member's: his page is his roles' own, not the one cached for members.
        Assert.Null((await admin.GetAsync(Post)).Headers.Age);
        Assert.Equal("admin", SignedInName(await admin.GetStringAsync(Post)));

        var reply = await PostFormAsync(anna, Topic, new() { ["parent"] = TopicId, ["tresc"] = "Odpowiedź członkini.", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.NotNull((await anna.GetAsync(Post)).Headers.Age);
        Assert.Null((await anna.GetAsync("/")).Headers.Age);

        var post = await PostFormAsync(admin, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Nowy wpis dla członków", ["f.MarkdownBodyPart.Markdown"] = "Treść.", ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var evicted = await anna.GetAsync("/");
        Assert.Null(evicted.Headers.Age);
        Assert.Contains("Nowy wpis dla członków", await evicted.Content.ReadAsStringAsync());
        Assert.Null((await anna.GetAsync(Post)).Headers.Age);
    }

    private static string? SignedInName(string page) => SignedIn().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("Zalogowano: <strong>([^<]*)</strong>")]
    private static partial Regex SignedIn();
}
