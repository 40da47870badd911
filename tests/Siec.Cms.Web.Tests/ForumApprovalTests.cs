using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>A new member's first post waits for a moderator (who is mailed); posting is limited per member.</summary>
public sealed class ForumApprovalTests : MailSiteTest
{
    private const string Welcome = "4sf9k7pb0embex3pcrztabd048";
    private const string WelcomePath = "/forum/sprawy-ogolne/witamy-na-forum-sieci";
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string> { ["Cms:Forum:PostsAwaitingApproval"] = "1", ["Cms:Forum:PostsPerMinute"] = "3" };

    [Fact]
    public async Task A_new_members_first_post_waits_the_coordinator_is_mailed_and_after_approval_posts_appear_at_once()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "nowicjuszka"));
        var moderator = await MailSites.SignedInAsync(Site, await MailSites.UserAsync(Site, "moderator-akceptacji", "Moderator"));

        var first = await PostFormAsync(member, WelcomePath, new() { ["parent"] = Welcome, ["tresc"] = "Mój pierwszy wpis", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.StartsWith(WelcomePath + "?czeka=1#odpowiedz-", first.Headers.Location!.ToString());
        var id = first.Headers.Location!.ToString().Split("#odpowiedz-")[1];
        Assert.DoesNotContain("Mój pierwszy wpis", await MailSites.Client(Site).GetStringAsync(WelcomePath));
        await Smtp.WaitForAsync(_ => Smtp.To("moderator_siecibp@ore.edu.pl").Any());
        var waiting = Assert.Single(Smtp.To("moderator_siecibp@ore.edu.pl"));
        Assert.Equal("Wpis na forum czeka na akceptację: Witamy na forum sieci", waiting.Subject);
        Assert.Contains("http://localhost/Admin/Review", waiting.TextBody);
        Assert.Contains("Mój pierwszy wpis", await moderator.GetStringAsync("/Admin/Review"));

        var approved = await PostFormAsync(moderator, WelcomePath, new() { ["id"] = id, ["akcja"] = "zatwierdz" }, "/forum/moderuj");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(WelcomePath, approved.Headers.Location!.ToString());
        Assert.Contains("Mój pierwszy wpis", await MailSites.Client(Site).GetStringAsync(WelcomePath));
        var second = await PostFormAsync(member, WelcomePath, new() { ["parent"] = Welcome, ["tresc"] = "Drugi wpis już bez czekania", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.DoesNotContain("czeka=1", second.Headers.Location!.ToString());
        Assert.Contains("Drugi wpis już bez czekania", await MailSites.Client(Site).GetStringAsync(WelcomePath));
        Assert.Single(Smtp.To("moderator_siecibp@ore.edu.pl"));
    }

    [Fact]
    public async Task New_posts_are_limited_per_member_and_a_refused_post_stores_nothing()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "szybka"));
        var other = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "spokojna"));
        var form = await FormAsync(member, WelcomePath);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await member.PostAsync("/forum/wpis", new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["parent"] = Welcome, ["tresc"] = $"Wpis {i}", ["akcja"] = "wyslij" }))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(other, WelcomePath, new() { ["parent"] = Welcome, ["tresc"] = "Inna osoba może pisać", ["akcja"] = "wyslij" }, "/forum/wpis")).StatusCode);
        using var scope = Site.Services.CreateScope();
        var replies = await scope.ServiceProvider.GetRequiredService<ContentManager>().ContainedAsync(Welcome);
        Assert.Equal(["Wpis 0", "Wpis 1", "Wpis 2", "Inna osoba może pisać"],
            replies.Select(r => r.Part("MarkdownBodyPart")!["Markdown"]!.GetValue<string>()).Where(t => t.StartsWith("Wpis") || t.StartsWith("Inna")));
    }
}
