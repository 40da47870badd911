using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Setup;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Core.Tests;

/// <summary>Numbered data migrations run once per site; a step added later upgrades an existing site exactly once.</summary>
public sealed class DataMigrationTests
{
    [Fact]
    public async Task Each_migration_step_runs_once_and_a_later_step_upgrades_once()
    {
        var counter = new Counter();
        var site = await TestSite.CreateAsync(DatabaseKind.Sqlite, s => { s.AddSingleton(counter); s.AddDataMigration<FirstRelease>(); });
        await site.RunAsync<SiteInitializer>(i => i.InitializeAsync());
        Assert.Equal(1, counter.Create);
        Assert.NotNull(await site.RunAsync<ContentDefinitionManager, ContentTypeDefinition?>(d => d.GetTypeAsync("Note")));
        var dataPath = site.DataPath;
        await site.Services.DisposeAsync();

        await using var upgraded = await TestSite.CreateAsync(DatabaseKind.Sqlite, s =>
        {
            s.AddSingleton(counter);
            s.AddDataMigration<SecondRelease>();
        }, dataPath);
        await upgraded.RunAsync<SiteInitializer>(i => i.InitializeAsync());

        Assert.Equal(1, counter.Create);
        Assert.Equal(1, counter.Update);
        var note = await upgraded.RunAsync<ContentDefinitionManager, ContentTypeDefinition?>(d => d.GetTypeAsync("Note"));
        Assert.NotNull(note!.FindPart("AutoroutePart"));
    }

    public sealed class Counter
    {
        public int Create { get; set; }

        public int Update { get; set; }
    }

    public sealed class FirstRelease(ContentDefinitionManager definitions, Counter counter) : DataMigration
    {
        public override string Name => "Notes";

        public async Task<int> CreateAsync()
        {
            counter.Create++;
            await definitions.AlterTypeDefinitionAsync("Note", t => t.WithPart("TitlePart"));
            return 1;
        }
    }

    public sealed class SecondRelease(ContentDefinitionManager definitions, Counter counter) : DataMigration
    {
        public override string Name => "Notes";

        public async Task<int> CreateAsync()
        {
            counter.Create++;
            await definitions.AlterTypeDefinitionAsync("Note", t => t.WithPart("TitlePart"));
            return 1;
        }

        public async Task<int> UpdateFrom1Async()
        {
            counter.Update++;
            await definitions.AlterTypeDefinitionAsync("Note", t => t.WithPart("AutoroutePart"));
            return 2;
        }
    }
}
