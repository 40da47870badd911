using System.Net;
using System.Text.RegularExpressions;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// Signed-in members get reader pages from the page cache too: a page rendered for one member is served to the next
/// member of the same roles with that member's own name and form token and their own parts (follow buttons, tools);
/// a commit evicts the members' pages as it does the anonymous ones. The forum's: <see cref="ForumSharedPagesTests"/>.
/// </summary>
public sealed partial class MemberPageCacheTests : MailSiteTest
{
    private const string Post = "/blog/inauguracja-sieci";
    private const string Topic = "/forum/sprawy-ogolne/witamy-na-forum-sieci";
    private const string TopicId = "4sf9k7pb0embex3pcrztabd048";
    private const string BlogId = "42sdhp0ewm0v7hqdqy29cmvqvw";
    private const string Material = "/materialy/material-dla-czlonkow";

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
    public async Task A_shared_page_holds_each_members_own_follow_button()
    {
        var anna = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "anna"));
        var bartek = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "bartek"));
        foreach (var target in new[] { BlogId, "materialy" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await FollowAsync(anna, "/blog", target)).StatusCode);
        }

        foreach (var path in new[] { "/blog", "/materialy" })
        {
            var annas = await anna.GetStringAsync(path);
            Assert.Contains("Przestań obserwować", annas);
            var shared = await bartek.GetAsync(path);
            Assert.NotNull(shared.Headers.Age);
            var bparteks = await shared.Content.ReadAsStringAsync();
            Assert.Equal("bartek", SignedInName(bparteks));
            Assert.DoesNotContain("Przestań obserwować", bparteks);
            Assert.Contains("Obserwuj (powiadomienia e-mail)", bparteks);
            Assert.DoesNotContain("siecmember", bparteks);
        }

        // The button in Bartek's shared page is his: following with it makes the blog his to stop following.
        Assert.Equal(HttpStatusCode.Redirect, (await FollowAsync(bartek, "/blog", BlogId)).StatusCode);
        Assert.Contains("Przestań obserwować", await bartek.GetStringAsync("/blog"));

    }

    [Fact]
    public async Task A_material_and_a_workshop_shared_by_members_show_each_their_own_tools_and_place()
    {
        var admin = await MailSites.SignedInAsync(Site, "admin");
        var form = await FormAsync(admin, "/Admin/Content/Edit?type=Material");
        form["f.TitlePart.Title"] = "Materiał dla członków";
        form["f.Material.Format"] = "poradnik";
        form["submit"] = "publish";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/Admin/Content/Edit?type=Material", Multipart(form, "f.Material.File.upload", "karta.odt", TestFiles.Odt()))).StatusCode);
        await Workshops.OpenRegistrationAsync(Site, DateTime.UtcNow.Date.AddDays(2).AddHours(8), capacity: 5);
        var anna = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "anna"));
        var bartek = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "bartek"));

        var useful = await PostFormAsync(anna, Material, [], Regex.Match(await anna.GetStringAsync(Material), "/materialy/przydatne/[0-9a-z]+").Value);
        Assert.Equal(HttpStatusCode.Redirect, useful.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(anna, Workshops.Path, new() { ["id"] = Workshops.Id }, "/warsztaty/zapisz")).StatusCode);
        Assert.Contains("Oznaczono jako przydatne", await anna.GetStringAsync(Material));
        Assert.Contains("Twój zapis: <strong>masz miejsce</strong>", await anna.GetStringAsync(Workshops.Path));

        var material = await bartek.GetAsync(Material);
        Assert.NotNull(material.Headers.Age);
        var bparteks = await material.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Oznaczono jako przydatne", bparteks);
        Assert.Contains("<button type=\"submit\">Przydatne</button>", bparteks);
        var place = await bartek.GetAsync(Workshops.Path);
        Assert.NotNull(place.Headers.Age);
        var signup = await place.Content.ReadAsStringAsync();
        Assert.Contains("Zajęte miejsca: 1 z 5.", signup);
        Assert.DoesNotContain("Twój zapis", signup);
        Assert.DoesNotContain("/warsztaty/odwolaj/", signup);
        Assert.Contains("Zapisz się</button>", signup);
        Assert.DoesNotContain("siecmember", bparteks + signup);

        // Anna's place on the page Bartek rendered holds her own cancel link, which works.
        var hers = await anna.GetAsync(Workshops.Path);
        Assert.NotNull(hers.Headers.Age);
        var cancel = Regex.Match(await hers.Content.ReadAsStringAsync(), "href=\"(/warsztaty/odwolaj/[0-9a-f]{48})\"");
        Assert.True(cancel.Success, "Anna's cancel link with her token");
        Assert.Contains("Czy na pewno odwołać zapis", await anna.GetStringAsync(cancel.Groups[1].Value));
    }

    [Fact]
    public async Task Feeds_and_the_sitemap_are_kept_for_members_too_and_a_calendar_download_keeps_its_name()
    {
        var anna = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "anna"));
        var bartek = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "bartek"));
        foreach (var path in new[] { "/blog/rss", "/sitemap.xml" })
        {
            var first = await anna.GetAsync(path);
            var shared = await bartek.GetAsync(path);
            Assert.NotNull(shared.Headers.Age);
            Assert.Equal(first.Content.Headers.ContentType, shared.Content.Headers.ContentType);
            Assert.Equal(await first.Content.ReadAsStringAsync(), await shared.Content.ReadAsStringAsync());
            Assert.False(shared.Headers.Contains("Set-Cookie"), $"{path} set a cookie");
        }

        await anna.GetAsync(Workshops.Path + ".ics");
        var calendar = await bartek.GetAsync(Workshops.Path + ".ics");
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Null(calendar.Headers.Age);
        Assert.NotNull(calendar.Content.Headers.ContentDisposition);
        Assert.Contains("BEGIN:VCALENDAR", await calendar.Content.ReadAsStringAsync());
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

    /// <summary>Posts the follow form of <paramref name="page"/> for <paramref name="target"/>, with the token the page gave.</summary>
    private static async Task<HttpResponseMessage> FollowAsync(HttpClient member, string page, string target)
    {
        var token = FormFields(await member.GetStringAsync(page))["__RequestVerificationToken"];
        return await PostAsync(member, "/obserwuj", new() { ["__RequestVerificationToken"] = token }, new() { ["id"] = target, ["akcja"] = "obserwuj" });
    }

    private static string? SignedInName(string page) => SignedIn().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("Zalogowano: <strong>([^<]*)</strong>")]
    private static partial Regex SignedIn();
}
