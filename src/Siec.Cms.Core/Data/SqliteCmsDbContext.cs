using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>The SQLite flavour of the database; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options)
{
    protected override string PublishedFilter => "\"Published\" = 1";
}
