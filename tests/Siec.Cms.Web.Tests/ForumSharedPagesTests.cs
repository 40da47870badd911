using System.Net;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// The forum's pages for signed-in members from the page cache: rendered once for the members of the same roles, each
/// member getting their own unread markers, the forms to correct their own posts, and their read marks written on every
/// visit, cached or not; where a member's first unread reply is stays theirs alone.
/// </summary>
public sealed class ForumSharedPagesTests : MailSiteTest
{
    private const string Category = "/forum/sprawy-ogolne";
    private const string Topic = "/forum/sprawy-ogolne/witamy-na-forum-sieci";
    private const string TopicId = "4sf9k7pb0embex3pcrztabd048";

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string> { ["Cms:Forum:PostsAwaitingApproval"] = "0" };

    [Fact]
    public async Task Members_share_a_topic_with_their_own_unread_markers_edit_forms_and_read_marks()
    {
        var anna = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "anna"));
        var bartek = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "bartek"));
        var replied = await PostFormAsync(anna, Topic, new() { ["parent"] = TopicId, ["tresc"] = "Dzień dobry wszystkim!", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var replyId = replied.Headers.Location!.ToString().Split("#odpowiedz-")[1];

        // The reply evicted the members' topic page Anna opened to write it: Bartek's is rendered anew. He never opened
        // the topic, so Anna's reply is new to him; it is not his to correct.
        var first = await bartek.GetAsync(Topic);
        Assert.Null(first.Headers.Age);
        var bparteks = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<article class=\"reply unread\" id=\"odpowiedz-{replyId}\">", bparteks);
        Assert.Contains("<strong class=\"badge\">nowe</strong>", bparteks);
        Assert.DoesNotContain("Zapisz poprawkę", bparteks);
        Assert.DoesNotContain("siecmember", bparteks);

        // Anna gets that page from the cache, with the form to correct her reply, and its token posts for her.
        var shared = await anna.GetAsync(Topic);
        Assert.NotNull(shared.Headers.Age);
        var annas = await shared.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"edycja-{replyId}\"", annas);
        Assert.Contains("Zalogowano: <strong>anna</strong>", annas);
        Assert.DoesNotContain("siecmember", annas);

        // Bartek's first visit marked the topic read, though his second page comes from the cache.
        var again = await bartek.GetAsync(Topic);
        Assert.NotNull(again.Headers.Age);
        Assert.DoesNotContain("class=\"reply unread\"", await again.Content.ReadAsStringAsync());

        var edited = await PostAsync(anna, "/forum/edytuj", FormFields(annas), new() { ["id"] = replyId, ["tresc"] = "Dzień dobry, poprawione!" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("Dzień dobry, poprawione!", await bartek.GetStringAsync(Topic));
        // Bartek cannot correct Anna's reply with a form of his own.
        var refused = await PostAsync(bartek, "/forum/edytuj", FormFields(bparteks), new() { ["id"] = replyId, ["tresc"] = "Podmienione" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Własny wpis można poprawić tylko przez", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Podmienione", await anna.GetStringAsync(Topic));
    }

    [Fact]
    public async Task Category_and_forum_pages_shared_by_members_mark_what_is_new_to_each()
    {
        var bartek = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "bartek"));
        var cecylia = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "cecylia"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(bartek, Topic, new() { ["parent"] = TopicId, ["tresc"] = "Witam!", ["akcja"] = "wyslij" }, "/forum/wpis")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bartek.GetAsync(Topic)).StatusCode);

        var hers = await cecylia.GetAsync(Category);
        Assert.Contains("witamy-na-forum-sieci?nowe=1\">", await hers.Content.ReadAsStringAsync());
        var his = await bartek.GetAsync(Category);
        Assert.NotNull(his.Headers.Age);
        var hisPage = await his.Content.ReadAsStringAsync();
        Assert.Contains("/forum/sprawy-ogolne/witamy-na-forum-sieci\">", hisPage);
        Assert.DoesNotContain("witamy-na-forum-sieci?nowe=1", hisPage);
        Assert.DoesNotContain("siecmember", hisPage);

        // Cecylia has read nothing: every category with topics is new to her, also on the page Bartek rendered.
        await bartek.GetAsync("/forum");
        var forum = await cecylia.GetAsync("/forum");
        Assert.NotNull(forum.Headers.Age);
        Assert.Contains("<strong class=\"badge\">nowe wpisy</strong>", await forum.Content.ReadAsStringAsync());

        // Where a member's first unread reply is, is theirs alone: a redirect for her, the page for him, never kept.
        var jump = await cecylia.GetAsync(Topic + "?nowe=1");
        Assert.Equal(HttpStatusCode.Redirect, jump.StatusCode);
        Assert.Contains("#odpowiedz-", jump.Headers.Location!.ToString());
        for (var i = 0; i < 2; i++)
        {
            var page = await bartek.GetAsync(Topic + "?nowe=1");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Null(page.Headers.Age);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await cecylia.GetAsync(Topic + "?nowe=1")).StatusCode);
    }

    [Fact]
    public async Task Moderators_get_a_page_of_their_own_with_their_tools()
    {
        var bartek = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "bartek"));
        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderatorka", "Moderator"));
        Assert.DoesNotContain("Moderuj", await bartek.GetStringAsync(Topic));

        var theirs = await moderator.GetAsync(Topic);
        Assert.Null(theirs.Headers.Age);
        Assert.Contains("Moderuj", await theirs.Content.ReadAsStringAsync());
        var members = await bartek.GetAsync(Topic);
        Assert.NotNull(members.Headers.Age);
        Assert.DoesNotContain("Moderuj", await members.Content.ReadAsStringAsync());
    }
}
