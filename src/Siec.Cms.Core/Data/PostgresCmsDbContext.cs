using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>The PostgreSQL flavour of the database; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options)
{
    protected override string PublishedFilter => "\"Published\"";
}
