using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>Scheduled publishing and unpublishing is stored in the database, so it runs after a restart too.</summary>
public sealed class ContentSchedulerTests
{
    [Fact]
    public async Task Due_actions_run_once_future_ones_wait_and_a_restart_loses_none()
    {
        var site = await TestSite.CreateAsync(DatabaseKind.Sqlite);
        await site.ImportAsync(SiteRecipes.ArticleDefinition);
        var (draft, live) = await site.RunAsync<ContentManager, (string, string)>(async m =>
        {
            var first = await m.NewAsync("Article");
            first.GetOrCreatePart("TitlePart")["Title"] = "Zaplanowany artykuł";
            await m.CreateAsync(first, publish: false);
            var second = await m.NewAsync("Article");
            second.GetOrCreatePart("TitlePart")["Title"] = "Artykuł do wycofania";
            await m.CreateAsync(second, publish: true);
            return (first.ContentItemId, second.ContentItemId);
        });
        await site.RunAsync<ContentScheduler>(s => s.ScheduleAsync(draft, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddDays(7)));
        await site.RunAsync<ContentScheduler>(s => s.ScheduleAsync(live, null, DateTime.UtcNow.AddSeconds(-5)));
        var dataPath = site.DataPath;
        await site.Services.DisposeAsync();

        await using var restarted = await TestSite.CreateAsync(DatabaseKind.Sqlite, dataPath: dataPath);
        var ran = await restarted.RunAsync<ContentScheduler, int>(s => s.RunDueAsync());
        var again = await restarted.RunAsync<ContentScheduler, int>(s => s.RunDueAsync());

        Assert.Equal(2, ran);
        Assert.Equal(0, again);
        Assert.NotNull(await restarted.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(draft)));
        Assert.Null(await restarted.RunAsync<ContentManager, ContentItem?>(m => m.GetAsync(live)));
        var waiting = await restarted.RunAsync<ContentScheduler, IReadOnlyList<Data.Records.ScheduledActionRecord>>(s => s.ForAsync(draft));
        Assert.Equal(ContentScheduler.Unpublish, Assert.Single(waiting).Action);
    }
}
