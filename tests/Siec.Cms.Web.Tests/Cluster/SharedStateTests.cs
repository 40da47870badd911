using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.ContentManagement;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Cluster;

/// <summary>Three nodes behave as one: what one node does, the others see at once, and a visitor may land on any of them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SharedStateTests(SiteCluster cluster)
{
    private const string BlogId = "42sdhp0ewm0v7hqdqy29cmvqvw";

    [Fact]
    public async Task A_post_published_on_node_1_is_on_the_cached_blog_of_nodes_2_and_3_at_the_next_request()
    {
        var editor = cluster.Client(cluster.Nodes[0], await cluster.SignInAsync(await cluster.UserAsync("redaktorka-klaster", "Editor"), cluster.Nodes[0]));
        var readers = cluster.Nodes.Skip(1).Select(n => cluster.Client(n)).ToList();
        foreach (var reader in readers)
        {
            await reader.GetStringAsync("/blog");
            var cached = await reader.GetAsync("/blog");
            Assert.True(cached.Headers.Age is not null, "the blog page was not served from the output cache");
            Assert.DoesNotContain("Wiadomość z pierwszego serwera", await cached.Content.ReadAsStringAsync());
        }

        var published = await PostFormAsync(editor, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Wiadomość z pierwszego serwera",
            ["f.MarkdownBodyPart.Markdown"] = "Treść opublikowana na węźle 1.", ["submit"] = "publish",
        });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        foreach (var reader in readers)
        {
            Assert.Contains("Wiadomość z pierwszego serwera", await reader.GetStringAsync("/blog"));
            Assert.Contains("Treść opublikowana na węźle 1.", await reader.GetStringAsync("/blog/wiadomosc-z-pierwszego-serwera"));
        }
    }

    [Fact]
    public async Task A_page_a_member_opened_on_node_1_is_served_to_a_member_on_node_2_with_his_name_until_a_post_on_node_3()
    {
        var first = cluster.Client(cluster.Nodes[0], await cluster.SignInAsync(await cluster.UserAsync("czlonkini-wezla-1", "Member"), cluster.Nodes[0]));
        var second = cluster.Client(cluster.Nodes[1], await cluster.SignInAsync(await cluster.UserAsync("czlonek-wezla-2", "Member"), cluster.Nodes[1]));
        var editor = cluster.Client(cluster.Nodes[2], await cluster.SignInAsync(await cluster.UserAsync("redaktor-wezla-3", "Editor"), cluster.Nodes[2]));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);
        var shared = await second.GetAsync("/");
        Assert.True(shared.Headers.Age is not null, "node 2 did not serve the members' page node 1 had cached");
        var page = await shared.Content.ReadAsStringAsync();
        Assert.Contains("Zalogowano: <strong>czlonek-wezla-2</strong>", page);
        Assert.DoesNotContain("czlonkini-wezla-1", page);

        var published = await PostFormAsync(editor, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Wpis z trzeciego serwera dla członków",
            ["f.MarkdownBodyPart.Markdown"] = "Treść.", ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Wpis z trzeciego serwera dla członków", await second.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_sign_in_on_node_1_holds_on_nodes_2_and_3_and_its_form_token_is_accepted_by_node_3_but_a_forged_one_is_not()
    {
        var cookies = await cluster.SignInAsync(await cluster.UserAsync("redaktor-wezly", "Editor"), cluster.Nodes[0]);
        foreach (var node in cluster.Nodes.Skip(1))
        {
            var account = await cluster.Client(node, cookies).GetAsync("/Admin");
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        }

        var form = await FormAsync(cluster.Client(cluster.Nodes[0], cookies), "/Admin/Content/Edit?type=BlogPost");
        var third = cluster.Client(cluster.Nodes[2], cookies);
        var forged = new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = "CfDJ8" + new string('A', 120) };
        var refused = await PostAsync(third, "/Admin/Content/Edit?type=BlogPost", forged, new() { ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Podrobiony token", ["submit"] = "draft" });
        var accepted = await PostAsync(third, "/Admin/Content/Edit?type=BlogPost", form, new() { ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Szkic z tokenem z węzła 1", ["submit"] = "draft" });
        var stranger = await cluster.Client(cluster.Nodes[1]).GetAsync("/Admin");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("/Admin/Content/Edit?id=", accepted.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
        Assert.Contains("/Login", stranger.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_form_rate_limit_counts_one_address_across_all_nodes()
    {
        var address = $"203.0.113.{Random.Shared.Next(1, 255)}";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SiteCluster.SubmissionsPerMinute + 1; i++)
        {
            // Each attempt on the next node, as a client behind the balancer would land; the nodes trust 127.0.0.1 as a proxy.
            var request = new HttpRequestMessage(HttpMethod.Post, "/dolacz") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Imie"] = "Adam" }) };
            request.Headers.Add("X-Forwarded-For", address);
            var response = await cluster.Client(cluster.Nodes[i % 3]).SendAsync(request);
            statuses.Add(response.StatusCode);
            if (i == SiteCluster.SubmissionsPerMinute)
            {
                Assert.Equal("Zbyt wiele prób w krótkim czasie. Odczekaj minutę i spróbuj ponownie.", await response.Content.ReadAsStringAsync());
            }
        }

        var other = new HttpRequestMessage(HttpMethod.Post, "/dolacz") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Imie"] = "Ewa" }) };
        other.Headers.Add("X-Forwarded-For", "198.51.100.20");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(SiteCluster.SubmissionsPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await cluster.Client(cluster.Nodes[2]).SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task A_scheduled_publication_runs_once_although_three_nodes_look_for_due_work()
    {
        var editor = cluster.Client(cluster.Nodes[0], await cluster.SignInAsync(await cluster.UserAsync("planistka", "Editor"), cluster.Nodes[0]));
        var draft = await PostFormAsync(editor, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Zaplanowana zapowiedź", ["f.MarkdownBodyPart.Markdown"] = "Wkrótce.", ["submit"] = "draft",
        });
        var id = draft.Headers.Location!.ToString().Split("id=")[1];
        Assert.Equal(HttpStatusCode.NotFound, (await cluster.Client().GetAsync("/blog/zaplanowana-zapowiedz")).StatusCode);

        await using (var scope = cluster.Data.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentScheduler>().ScheduleAsync(id, DateTime.UtcNow, null);
        }

        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await cluster.Client().GetAsync("/blog/zaplanowana-zapowiedz")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < until, "the scheduled post was not published within 30 s");
            await Task.Delay(200);
        }

        // Each node looks every second; give all three several more looks.
        await Task.Delay(TimeSpan.FromSeconds(4));
        await using var check = cluster.Data.CreateAsyncScope();
        var events = await check.ServiceProvider.GetRequiredService<AuditTrail>().FindAsync(null, AuditActions.Published, id, 10);
        Assert.Single(events);
        Assert.Equal("harmonogram", events[0].UserName);
    }
}
