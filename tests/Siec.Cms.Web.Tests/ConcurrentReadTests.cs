using System.Net;
using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests;

/// <summary>Reading marks a topic read: a member opening the same topic in several tabs at once gets every page, never a 500.</summary>
public sealed class ConcurrentReadTests : MailSiteTest
{
    private const string WelcomePath = "/forum/sprawy-ogolne/witamy-na-forum-sieci";

    [Fact]
    public async Task The_same_member_reading_one_topic_at_once_in_many_tabs_gets_every_page()
    {
        var member = await MailSites.SignedInAsync(Site, await ForumMembers.CreateAsync(Site, "wiele-kart"));

        for (var round = 0; round < 3; round++)
        {
            var pages = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => member.GetAsync(WelcomePath)));
            Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.StatusCode));
        }
    }
}
