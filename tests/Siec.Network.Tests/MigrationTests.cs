using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Setup;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Network.Tests;

/// <summary>Every type is declared by the module's migrations, each run once per site.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Every_network_type_comes_from_the_module_migrations_recorded_once()
    {
        await using var site = await NetworkSite.CreateAsync();
        var definitions = await site.RunAsync<ContentDefinitionManager, ContentDefinitionDocument>(d => d.LoadAsync());
        string[] types = ["Blog", "BlogPost", "Forum", "ForumCategory", "ForumTopic", "ForumReply", "Material", "Workshop", "WorkshopSession", "ThematicArea", "Page", "MemberProfile", "JoinForm", "Form", "Input", "SpamTrap", "Taxonomy", "Menu", "LinkMenuItem"];
        Assert.All(types, t => Assert.NotNull(definitions.FindType(t)));
        Assert.Equal("BagPart", definitions.FindType("Workshop")!.FindPart("Sessions")!.PartName);
        Assert.True(definitions.FindType("Material")!.TypeSettings.Securable);

        var before = await site.RunAsync<CmsDbContext, List<(string, int)>>(async db =>
            (await db.DataMigrations.OrderBy(m => m.Name).ToListAsync()).Select(m => (m.Name, m.Version)).ToList());
        var definitionVersion = await site.RunAsync<CmsDbContext, int>(db => db.Documents.Where(d => d.Key == ContentDefinitionManager.DocumentKey).Select(d => d.Version).SingleAsync());
        await site.RunAsync<SiteInitializer>(i => i.InitializeAsync());
        await site.RunAsync<SiteInitializer>(i => i.InitializeAsync());

        var after = await site.RunAsync<CmsDbContext, List<(string, int)>>(async db =>
            (await db.DataMigrations.OrderBy(m => m.Name).ToListAsync()).Select(m => (m.Name, m.Version)).ToList());
        Assert.Equal(11, before.Count);
        Assert.Equal(before, after);
        Assert.Equal(definitionVersion, await site.RunAsync<CmsDbContext, int>(db => db.Documents.Where(d => d.Key == ContentDefinitionManager.DocumentKey).Select(d => d.Version).SingleAsync()));
    }
    [Fact]
    public async Task A_site_from_before_the_date_index_gets_its_workshops_indexed_on_start()
    {
        await using var site = await NetworkSite.SetUpAsync();
        await MigrateToBeforeAsync(site, "_DateTimeFieldIndex");

        await site.RunAsync<SiteInitializer>(i => i.InitializeAsync());

        var rows = await site.RunAsync<CmsDbContext, List<string>>(db =>
            db.DateTimeFieldIndex.Where(r => r.ContentType == "Workshop" && r.Published).Select(r => r.ContentField).ToListAsync());
        Assert.Equal(["End", "RegistrationDeadline", "Start"], rows.Distinct().Order());
        var past = await site.RunAsync<Workshops.WorkshopLists, (IReadOnlyList<Cms.Core.ContentManagement.ContentItem> Items, int Total)>(l => l.PastAsync(0, 20));
        Assert.Contains(past.Items, w => w.DisplayText == "Spotkanie inauguracyjne sieci w Sulejówku");
    }

    [Fact]
    public async Task A_site_from_before_the_dated_taxonomy_index_gets_its_area_rows_dated_on_start()
    {
        await using var site = await NetworkSite.SetUpAsync();
        await MigrateToBeforeAsync(site, "_TaxonomyPublishedUtc");

        await site.RunAsync<SiteInitializer>(i => i.InitializeAsync());

        var rows = await site.RunAsync<CmsDbContext, List<(DateTime? Indexed, DateTime? Published)>>(async db =>
            (await (from t in db.TaxonomyIndex where t.Published join c in db.ContentItems on t.DocumentId equals c.Id select new { t.PublishedUtc, Item = c.PublishedUtc }).ToListAsync())
                .Select(r => (r.PublishedUtc, r.Item)).ToList());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Indexed is not null && r.Indexed == r.Published, $"{r.Indexed} for an item published {r.Published}"));
    }

    /// <summary>Takes the site's database back to the migration before the one whose name ends so: a site from before it.</summary>
    private static Task MigrateToBeforeAsync(TestSite site, string migrationSuffix) => site.RunAsync<CmsDbContext>(async db =>
    {
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith(migrationSuffix, StringComparison.Ordinal));
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(migrations[index - 1]);
    });
}
