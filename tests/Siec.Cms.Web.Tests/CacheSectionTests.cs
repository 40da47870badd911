using System.Net;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// A commit evicts only the cached pages that may show what it changed: a forum reply evicts the topic, the forum and
/// the pages that show everything (home), and leaves the blog's pages cached; a blog post evicts the blog, not the
/// topic. A cached page answers with an Age header.
/// </summary>
public sealed class CacheSectionTests : MailSiteTest
{
    private const string Topic = "/forum/sprawy-ogolne/witamy-na-forum-sieci";
    private const string TopicId = "4sf9k7pb0embex3pcrztabd048";
    private const string BlogId = "42sdhp0ewm0v7hqdqy29cmvqvw";

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string> { ["Cms:Forum:PostsAwaitingApproval"] = "0" };

    [Fact]
    public async Task A_forum_reply_evicts_the_forum_and_home_but_not_the_blog_and_a_blog_post_the_other_way_round()
    {
        var reader = MailSites.Client(Site);
        string[] blog = ["/blog", "/blog/inauguracja-sieci"];
        string[] forum = ["/forum", "/forum/sprawy-ogolne", Topic, "/"];
        foreach (var path in blog.Concat(forum))
        {
            await CachedAsync(reader, path);
        }

        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "odpowiadajaca"));
        var reply = await PostFormAsync(member, Topic, new() { ["parent"] = TopicId, ["tresc"] = "Odpowiedź, która nie rusza bloga.", ["akcja"] = "wyslij" }, "/forum/wpis");
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        foreach (var path in blog)
        {
            Assert.True(await IsFromCacheAsync(reader, path), $"{path} was evicted by a forum reply");
        }

        foreach (var path in forum)
        {
            Assert.False(await IsFromCacheAsync(reader, path), $"{path} was still served from the cache after a forum reply");
        }

        Assert.Contains("Odpowiedź, która nie rusza bloga.", await reader.GetStringAsync(Topic));

        await CachedAsync(reader, Topic);
        var admin = await MailSites.SignedInAsync(Site, "admin");
        var post = await PostFormAsync(admin, "/Admin/Content/Edit?type=BlogPost", new()
        {
            ["f.ContainedPart.ListContentItemId"] = BlogId, ["f.TitlePart.Title"] = "Wpis, który nie rusza forum", ["f.MarkdownBodyPart.Markdown"] = "Treść.", ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.True(await IsFromCacheAsync(reader, Topic), "the topic was evicted by a blog post");
        Assert.False(await IsFromCacheAsync(reader, "/blog"), "the blog was still served from the cache after a new post");
        Assert.Contains("Wpis, który nie rusza forum", await reader.GetStringAsync("/blog/wpis-ktory-nie-rusza-forum"));
    }

    /// <summary>Opens the page until the cache serves it.</summary>
    private static async Task CachedAsync(HttpClient reader, string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        Assert.True(await IsFromCacheAsync(reader, path), $"{path} is not cached at all, so nothing would be measured");
    }

    private static async Task<bool> IsFromCacheAsync(HttpClient reader, string path)
    {
        var response = await reader.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }
}
