using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>The PostgreSQL flavour of the database; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options)
{
    protected override string PublishedFilter => "\"Published\"";

    public override string IdsFrom(string placeholder) => $"SELECT unnest({placeholder})";

    public override object IdsArgument(IReadOnlyCollection<string> ids) => ids.ToArray();

    public override void LockUntilCommit(SqlBatch batch, string scope, IEnumerable<string> keys)
    {
        foreach (var key in keys.Distinct().Order(StringComparer.Ordinal))
        {
            batch.Add("SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))", scope + ":" + key);
        }
    }
}
