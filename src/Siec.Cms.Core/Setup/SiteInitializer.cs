using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Indexing;
using Siec.Cms.Core.Search;

namespace Siec.Cms.Core.Setup;

/// <summary>Brings the database to the current schema and every module's data migrations to their newest version.</summary>
public sealed class SiteInitializer(
    CmsDbContext db, DataMigrationManager migrations, SearchIndexRebuild search, DateTimeFieldBackfill dates, IOptions<CmsOptions> options)
{
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(options.Value.DataPath);
        await db.Database.MigrateAsync();
        await migrations.UpdateAllAsync();
        await search.RebuildIfEmptyAsync();
        await dates.RunAsync();
    }
}
