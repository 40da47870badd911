using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Data.Records;

namespace Siec.Cms.Core.DataMigrations;

/// <summary>Runs every registered data migration up to its newest version, recording each version reached.</summary>
public sealed class DataMigrationManager(CmsDbContext db, IEnumerable<DataMigration> migrations, Transactions transactions)
{
    public async Task UpdateAllAsync()
    {
        foreach (var migration in migrations)
        {
            await transactions.RunAsync(() => UpdateAsync(migration));
        }
    }

    private async Task UpdateAsync(DataMigration migration)
    {
        var record = await db.DataMigrations.FirstOrDefaultAsync(r => r.Name == migration.Name);
        var version = record?.Version ?? 0;
        while (Find(migration, version) is { } step)
        {
            version = await (Task<int>)step.Invoke(migration, null)!;
            if (record is null)
            {
                record = new DataMigrationRecord { Name = migration.Name };
                db.DataMigrations.Add(record);
            }

            record.Version = version;
            await db.SaveChangesAsync();
        }
    }

    private static MethodInfo? Find(DataMigration migration, int version) =>
        migration.GetType().GetMethod(version == 0 ? "CreateAsync" : $"UpdateFrom{version}Async", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
}
