using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Indexing;
using Siec.Cms.Core.Search;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core.Setup;

/// <summary>Brings the network's database to the current schema and every module's data migrations to their newest version.</summary>
public sealed class SiteInitializer(
    CmsDbContext db, DataMigrationManager migrations, SearchIndexRebuild search, DateTimeFieldBackfill dates, CurrentTenant tenant)
{
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(tenant.DataPath);
        if (tenant.Schema is { } schema)
        {
            // A schema name cannot be a parameter; it is made of a name checked to be letters, digits and hyphens.
            var create = $"CREATE SCHEMA IF NOT EXISTS \"{schema}\"";
            await db.Database.ExecuteSqlRawAsync(create);
        }

        await db.Database.MigrateAsync();
        await migrations.UpdateAllAsync();
        await search.RebuildIfEmptyAsync();
        await dates.RunAsync();
    }
}
