using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Data;
using Siec.Cms.Web.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// Reading marks a topic read: a member opening the same topic in several tabs at once gets every page, never a 500;
/// and requests at once never share a database context taken from the pool.
/// </summary>
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

    /// <summary>
    /// A context given back to the pool twice (once for each service name it is registered under) is handed to two
    /// requests at once: under load they failed with "a second operation was started on this context".
    /// </summary>
    [Fact]
    public async Task Requests_at_once_never_share_a_database_context()
    {
        await Site.CreateClient().GetAsync("/");
        var inUse = new ConcurrentDictionary<CmsDbContext, byte>(ReferenceEqualityComparer.Instance);
        var shared = 0;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 1000; i++)
            {
                await using var scope = Site.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
                if (!inUse.TryAdd(db, 0))
                {
                    Interlocked.Increment(ref shared);
                }

                await db.Users.AsNoTracking().AnyAsync();
                inUse.TryRemove(db, out var _);
            }
        })));

        Assert.Equal(0, shared);
    }
}
