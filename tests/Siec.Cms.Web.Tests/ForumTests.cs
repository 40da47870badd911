using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Network.Forum;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>Members on the forum over HTTP as a browser posts, with mail delivered to a real SMTP server on loopback.</summary>
public sealed partial class ForumTests : MailSiteTest
{
    private const string Category = "48n8892f1nj5rkrvw4naqmtb6g";
    private const string CategoryPath = "/forum/sprawy-ogolne";
    private const string Welcome = "4sf9k7pb0embex3pcrztabd048";
    private const string WelcomePath = "/forum/sprawy-ogolne/witamy-na-forum-sieci";
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string> { ["Cms:Forum:PostsAwaitingApproval"] = "0", ["Cms:Forum:PostsPerMinute"] = "1000" };

    [Fact]
    public async Task A_member_starts_a_topic_others_reply_quote_and_mention_and_followers_hear_of_it_once()
    {
        var follower = await SignedInAsync(await ForumMembers.CreateAsync(Site, "ala-kot"));
        var digester = await SignedInAsync(await ForumMembers.CreateAsync(Site, "ola-las", "podsumowanie"));
        var author = await SignedInAsync(await ForumMembers.CreateAsync(Site, "bartek-nowak"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(follower, CategoryPath, new() { ["id"] = Category, ["akcja"] = "obserwuj" }, "/obserwuj")).StatusCode);
        await PostFormAsync(digester, CategoryPath, new() { ["id"] = Category, ["akcja"] = "obserwuj" }, "/obserwuj");

        var started = await PostFormAsync(author, CategoryPath, new() { ["parent"] = Category, ["tytul"] = "Scenariusze zajęć o źródłach", ["tresc"] = "Kto ma **sprawdzony** scenariusz?", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var topicPath = started.Headers.Location!.ToString();
        Assert.Equal("/forum/sprawy-ogolne/scenariusze-zajec-o-zrodlach", topicPath);
        var topicPage = await MailSites.Client(Site).GetStringAsync(topicPath);
        Assert.Contains("<strong>sprawdzony</strong>", topicPage);
        var topicId = Regex.Match(await author.GetStringAsync(topicPath), "name=\"parent\" value=\"([0-9a-z]{26})\"").Groups[1].Value;

        var preview = await PostFormAsync(follower, topicPath, new() { ["parent"] = topicId, ["tresc"] = "Mam! @bartek-nowak, podeślę **jutro**.", ["akcja"] = "podglad" }, "/forum/wpis");
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<h3>Podgląd</h3><p>Mam! @bartek-nowak, podeślę <strong>jutro</strong>.</p>", previewHtml);
        Assert.Contains(">Mam! @bartek-nowak, podeślę **jutro**.</textarea>", previewHtml);
        var replied = await PostFormAsync(follower, topicPath, new() { ["parent"] = topicId, ["tresc"] = "Mam! @bartek-nowak, podeślę **jutro**.", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.StartsWith(topicPath + "?nowe=1#odpowiedz-", replied.Headers.Location!.ToString());
        var replyId = replied.Headers.Location!.ToString().Split("#odpowiedz-")[1];

        var quoting = await author.GetStringAsync($"{topicPath}?cytuj={replyId}");
        Assert.Contains("> **ala-kot** napisał(a):\n> Mam! @bartek-nowak, podeślę **jutro**.", WebUtility.HtmlDecode(quoting));
        Assert.Contains($"name=\"cytat\" value=\"{replyId}\"", quoting);

        await Smtp.WaitForAsync(m => Smtp.To("ala-kot@example.org").Any() && Smtp.To("bartek-nowak@example.org").Any());
        var toFollower = Assert.Single(Smtp.To("ala-kot@example.org"));
        Assert.Equal("Nowy wpis: Scenariusze zajęć o źródłach", toFollower.Subject);
        Assert.Contains("http://localhost/forum/sprawy-ogolne/scenariusze-zajec-o-zrodlach", toFollower.TextBody);
        var mention = Assert.Single(Smtp.To("bartek-nowak@example.org"));
        Assert.Equal("ala-kot wspomniał(a) o Tobie: Scenariusze zajęć o źródłach", mention.Subject);
        Assert.Empty(Smtp.To("ola-las@example.org"));

        using (var scope = Site.Services.CreateScope())
        {
            var digest = scope.ServiceProvider.GetRequiredService<ForumDigest>();
            Assert.Equal(1, await digest.SendAsync(DateTime.UtcNow));
            Assert.Equal(0, await digest.SendAsync(DateTime.UtcNow));
        }

        await Smtp.WaitForAsync(_ => Smtp.To("ola-las@example.org").Any());
        var summary = Assert.Single(Smtp.To("ola-las@example.org"));
        Assert.Equal("Podsumowanie dnia: 2 nowych wpisów", summary.Subject);
        Assert.Contains("bartek-nowak: „Scenariusze zajęć o źródłach”", summary.TextBody);

        var unsubscribe = Regex.Match(toFollower.TextBody!, @"http://localhost(/obserwuj/wypisz/[0-9a-f]+)").Groups[1].Value;
        Assert.Equal($"<http://localhost{unsubscribe}>", toFollower.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", toFollower.Headers["List-Unsubscribe-Post"]);
        // Opening the link only asks (mail scanners open links); the button, or a mail program's one-click POST, unsubscribes.
        Assert.Contains("Wypisać się?", await MailSites.Client(Site).GetStringAsync(unsubscribe));
        Assert.Contains("Wypisać się?", await MailSites.Client(Site).GetStringAsync(unsubscribe));
        Assert.Contains("Wypisano", await (await MailSites.Client(Site).PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await MailSites.Client(Site).GetAsync(unsubscribe)).StatusCode);
        await PostFormAsync(author, topicPath, new() { ["parent"] = topicId, ["tresc"] = "Dziękuję!", ["akcja"] = "wyslij" }, "/forum/wpis");
        await Task.Delay(1500);
        Assert.Single(Smtp.To("ala-kot@example.org"));

        var edit = await PostFormAsync(author, topicPath, new() { ["id"] = topicId, ["tresc"] = "Kto ma **sprawdzony** scenariusz? (dla liceum)" }, "/forum/edytuj");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var edited = await MailSites.Client(Site).GetStringAsync(topicPath);
        Assert.Contains("(dla liceum)", edited);
        Assert.Contains("edytowano", edited);
        var foreign = await PostFormAsync(follower, topicPath, new() { ["id"] = topicId, ["tresc"] = "Nie mój wpis" }, "/forum/edytuj");
        Assert.Contains("Własny wpis można poprawić tylko przez 30 minut", await foreign.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unread_markers_appear_for_new_replies_clear_when_read_and_a_topic_opens_at_the_first_unread()
    {
        var reader = await SignedInAsync(await ForumMembers.CreateAsync(Site, "czytelniczka"));
        var writer = await SignedInAsync(await ForumMembers.CreateAsync(Site, "pisarz"));

        Assert.Contains("?nowe=1\">Witamy na forum sieci</a>", await reader.GetStringAsync(CategoryPath));
        Assert.Contains("nowe wpisy", await reader.GetStringAsync("/forum"));
        await reader.GetStringAsync(WelcomePath);
        Assert.DoesNotContain("?nowe=1\">Witamy na forum sieci</a>", await reader.GetStringAsync(CategoryPath));

        var reply = await PostFormAsync(writer, WelcomePath, new() { ["parent"] = Welcome, ["tresc"] = "Dzień dobry wszystkim!", ["akcja"] = "wyslij" }, "/forum/wpis");
        var replyId = reply.Headers.Location!.ToString().Split("#odpowiedz-")[1];
        Assert.Contains("?nowe=1\">Witamy na forum sieci</a>", await reader.GetStringAsync(CategoryPath));
        var open = await reader.GetAsync(WelcomePath + "?nowe=1");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"{WelcomePath}?strona=1#odpowiedz-{replyId}", open.Headers.Location!.ToString());
        var page = await reader.GetStringAsync(WelcomePath);
        Assert.Contains($"class=\"reply unread\" id=\"odpowiedz-{replyId}\"", page);
        Assert.DoesNotContain("class=\"reply unread\"", await reader.GetStringAsync(WelcomePath));
        Assert.DoesNotContain("?nowe=1\">Witamy na forum sieci</a>", await reader.GetStringAsync(CategoryPath));
        Assert.DoesNotContain("nowe", Regex.Match(await MailSites.Client(Site).GetStringAsync(CategoryPath), "<ul class=\"plain topics\">.*?</ul>", RegexOptions.Singleline).Value);
    }

    [Fact]
    public async Task A_moderator_locks_pins_and_hides_with_a_reason_and_a_reply_to_a_locked_topic_is_refused()
    {
        var member = await SignedInAsync(await ForumMembers.CreateAsync(Site, "uczestniczka"));
        var moderator = await SignedInAsync(await MailSites.UserAsync(Site, "moderatorka-forum", "Moderator"));
        var reply = await PostFormAsync(member, WelcomePath, new() { ["parent"] = Welcome, ["tresc"] = "Reklama: tanie kursy!", ["akcja"] = "wyslij" }, "/forum/wpis");
        var replyId = reply.Headers.Location!.ToString().Split("#odpowiedz-")[1];
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(member, WelcomePath, new() { ["id"] = replyId, ["powod"] = "spam" }, "/forum/zglos")).StatusCode);
        var queue = await moderator.GetStringAsync("/Admin/Reports");
        Assert.Contains("Reklama: tanie kursy!", queue);
        Assert.Contains("uczestniczka", queue);

        var noReason = await PostFormAsync(moderator, WelcomePath, new() { ["id"] = replyId, ["akcja"] = "ukryj" }, "/forum/moderuj");
        Assert.Contains("Podaj powód", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(moderator, WelcomePath, new() { ["id"] = replyId, ["akcja"] = "ukryj", ["powod"] = "reklama" }, "/forum/moderuj")).StatusCode);
        Assert.DoesNotContain("tanie kursy", await MailSites.Client(Site).GetStringAsync(WelcomePath));
        Assert.DoesNotContain("tanie kursy", await member.GetStringAsync(WelcomePath));
        Assert.Contains("ukryte lub czeka na akceptację", await moderator.GetStringAsync(WelcomePath));
        var forbidden = await PostFormAsync(member, WelcomePath, new() { ["id"] = Welcome, ["akcja"] = "zamknij", ["powod"] = "bo tak" }, "/forum/moderuj");
        Assert.Contains("Tylko moderatorzy mogą to zrobić.", await forbidden.Content.ReadAsStringAsync());

        await PostFormAsync(moderator, WelcomePath, new() { ["id"] = Welcome, ["akcja"] = "przypnij" }, "/forum/moderuj");
        await PostFormAsync(moderator, WelcomePath, new() { ["id"] = Welcome, ["akcja"] = "zamknij", ["powod"] = "Temat powitalny zakończony" }, "/forum/moderuj");
        var refused = await PostFormAsync(member, WelcomePath, new() { ["parent"] = Welcome, ["tresc"] = "Jeszcze jedno", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Temat „Witamy na forum sieci” jest zamknięty – nie można dodać odpowiedzi.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Contains("<span class=\"badge\">Przypięty</span>", await MailSites.Client(Site).GetStringAsync(CategoryPath));

        using var scope = Site.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().AuditEvents.Where(a => a.Action.StartsWith("moderation:")).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["moderation:ukrycie|reklama|moderatorka-forum", "moderation:przypięcie||moderatorka-forum", "moderation:zamknięcie|Temat powitalny zakończony|moderatorka-forum"],
            audit.Select(a => $"{a.Action}|{a.Reason}|{a.UserName}"));
    }

    [Fact]
    public async Task Two_hundred_replies_posted_at_once_by_twenty_members_are_all_stored_counted_and_mailed()
    {
        foreach (var name in new[] { "obserwatorka", "obserwator" })
        {
            var watcher = await SignedInAsync(await ForumMembers.CreateAsync(Site, name));
            await PostFormAsync(watcher, WelcomePath, new() { ["id"] = Welcome, ["akcja"] = "obserwuj" }, "/obserwuj");
        }

        var members = new List<(HttpClient Client, Dictionary<string, string> Form)>();
        for (var i = 0; i < 20; i++)
        {
            var client = await SignedInAsync(await ForumMembers.CreateAsync(Site, $"czlonek-{i}"));
            members.Add((client, await FormAsync(client, WelcomePath)));
        }

        var posts = members.SelectMany((m, i) => Enumerable.Range(0, 10).Select(j => (m.Client, Form: new Dictionary<string, string>(m.Form)
        {
            ["parent"] = Welcome, ["tresc"] = $"Odpowiedź {j} od członka {i}", ["akcja"] = "wyslij",
        })));
        var responses = await Task.WhenAll(posts.Select(p => p.Client.PostAsync("/forum/wpis", new FormUrlEncodedContent(p.Form))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        using (var scope = Site.Services.CreateScope())
        {
            var stats = await scope.ServiceProvider.GetRequiredService<ContentQuery>().ListStatsAsync([Welcome]);
            Assert.Equal(200, stats[Welcome].Count);
        }

        Assert.Contains("odpowiedzi: 200", await MailSites.Client(Site).GetStringAsync(CategoryPath));
        await Smtp.WaitForAsync(_ => Smtp.To("obserwatorka@example.org").Count() >= 200 && Smtp.To("obserwator@example.org").Count() >= 200, seconds: 90);
        await Task.Delay(1000);
        foreach (var watcher in new[] { "obserwatorka@example.org", "obserwator@example.org" })
        {
            var mails = Smtp.To(watcher).ToList();
            Assert.Equal(200, mails.Count);
            Assert.Equal(200, mails.Select(m => Regex.Match(m.TextBody!, "Odpowiedź \\d+ od członka \\d+").Value).Distinct().Count());
        }
    }

    [Fact]
    public async Task Hostile_post_bodies_are_refused_or_sanitised_one_by_one()
    {
        var member = await SignedInAsync(await ForumMembers.CreateAsync(Site, "testerka"));
        var form = await FormAsync(member, WelcomePath);
        var cases = new (string Name, string Body, string[] Absent)[]
        {
            ("script tag", "A<script>alert('x')</script>B", ["<script>alert"]),
            ("event handler", "<img src=\"/media/a.png\" onerror=\"alert(1)\">", ["onerror"]),
            ("javascript link", "[kliknij](javascript:alert(1))", ["javascript:"]),
            ("data link", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", ["data:text/html"]),
            ("foreign image", "![piksel](https://tracker.example/p.gif)", ["tracker.example"]),
            ("svg with script", "<svg><script>alert(1)</script><circle onload=\"alert(2)\"/></svg>", ["<svg", "alert(1)", "onload"]),
            ("css expression", "<p style=\"width: expression(alert(1)); background: url(javascript:alert(2))\">styl</p>", ["expression(", "javascript:"]),
            ("unclosed tags", "<div><b>pogrubione <i>i kursywa", ["<div><b>pogrubione <i>i kursywa</article>"]),
        };
        foreach (var (name, body, absent) in cases)
        {
            var response = await member.PostAsync("/forum/wpis", new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["parent"] = Welcome, ["tresc"] = body, ["akcja"] = "wyslij" }));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{name}: {response.StatusCode}");
            var id = response.Headers.Location!.ToString().Split("#odpowiedz-")[1];
            var html = await MailSites.Client(Site).GetStringAsync(WelcomePath + "?strona=1");
            var article = Regex.Match(html, $"<article class=\"reply[^\"]*\" id=\"odpowiedz-{id}\">(.*?)</article>", RegexOptions.Singleline).Value;
            Assert.True(article.Length > 0, $"{name}: reply not shown");
            Assert.All(absent, a => Assert.False(article.Contains(a, StringComparison.OrdinalIgnoreCase), $"{name}: '{a}' in {article}"));
        }

        var huge = await member.PostAsync("/forum/wpis", new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["parent"] = Welcome, ["tresc"] = new string('x', 1_000_000), ["akcja"] = "wyslij" }));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("Wpis może mieć najwyżej 20000 znaków (wpisano 1000000).", await huge.Content.ReadAsStringAsync());

        var hidden = form.Where(f => f.Key is not ("parent" or "tresc" or "akcja" or "cytat")).Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}");
        // Raw bytes that are not UTF-8 (0xFF 0xFE) in the body itself, not percent-escaped.
        var invalidUtf8 = new ByteArrayContent([.. System.Text.Encoding.ASCII.GetBytes(string.Join('&', hidden) + $"&parent={Welcome}&akcja=wyslij&tresc=z"), 0xC3, 0xB3, 0xFF, 0xFE, (byte)'k', (byte)'o']);
        invalidUtf8.Headers.ContentType = new("application/x-www-form-urlencoded");
        var mangled = await member.PostAsync("/forum/wpis", invalidUtf8);
        Assert.Equal(HttpStatusCode.Redirect, mangled.StatusCode);
        var mangledId = mangled.Headers.Location!.ToString().Split("#odpowiedz-")[1];
        var stored = (await Site.Services.CreateScope().ServiceProvider.GetRequiredService<ContentQuery>().GetAsync(mangledId))!;
        Assert.Equal("zó\uFFFD\uFFFDko", stored.Part("MarkdownBodyPart")!["Markdown"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_member_reading_a_topic_leaves_the_readers_page_cache_in_place()
    {
        var member = await SignedInAsync(await ForumMembers.CreateAsync(Site, "czytajaca-cache"));
        Assert.Contains("<h1>Witamy na forum sieci</h1>", await MailSites.Client(Site).GetStringAsync(WelcomePath));
        using (var scope = Site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ContentItems.Where(r => r.ContentItemId == Welcome)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DisplayText, "Zmiana z pominięciem CMS"));
        }

        Assert.Contains("<h1>Zmiana z pominięciem CMS</h1>", await member.GetStringAsync(WelcomePath));
        Assert.Contains("<h1>Witamy na forum sieci</h1>", await MailSites.Client(Site).GetStringAsync(WelcomePath));
    }

    [Fact]
    public async Task Forum_search_finds_posts_on_the_forum_only()
    {
        var member = await SignedInAsync(await ForumMembers.CreateAsync(Site, "szukajaca"));
        await PostFormAsync(member, WelcomePath, new() { ["parent"] = Welcome, ["tresc"] = "Polecam sieć współpracy i samokształcenia bibliotek.", ["akcja"] = "wyslij" }, "/forum/wpis");

        var forum = await MailSites.Client(Site).GetStringAsync("/szukaj?typ=forum&q=samoksztalcenia");
        var everywhere = await MailSites.Client(Site).GetStringAsync("/szukaj?q=samoksztalcenia");

        Assert.Contains("Witamy na forum sieci", forum);
        Assert.DoesNotContain("Inauguracja sieci współpracy", forum);
        Assert.Contains("Inauguracja sieci współpracy", everywhere);
        Assert.Contains("action=\"/szukaj\"", await MailSites.Client(Site).GetStringAsync("/forum"));
    }

    private Task<HttpClient> SignedInAsync(string name) => MailSites.SignedInAsync(Site, name);
}
