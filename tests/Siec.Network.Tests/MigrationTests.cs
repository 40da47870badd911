using Microsoft.EntityFrameworkCore;
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
}
