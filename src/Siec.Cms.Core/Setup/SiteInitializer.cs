using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Indexing;
using Siec.Cms.Core.Search;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.Setup;

/// <summary>Brings the network's database to the current schema and every module's data migrations to their newest version.</summary>
public sealed class SiteInitializer(
    CmsDbContext db, DataMigrationManager migrations, SearchIndexRebuild search, DateTimeFieldBackfill dates, CurrentTenant tenant, NetworkStorage storage)
{
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(tenant.DataPath);
        await storage.EnsureCreatedAsync(tenant.Name);

        await db.Database.MigrateAsync();
        await migrations.UpdateAllAsync();
        await search.RebuildIfEmptyAsync();
        await dates.RunAsync();
    }
}
