using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>The SQLite flavour of the database; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options)
{
    protected override string PublishedFilter => "\"Published\" = 1";

    public override string IdsFrom(string placeholder) => $"SELECT value FROM json_each({placeholder})";

    public override object IdsArgument(IReadOnlyCollection<string> ids) => JsonSerializer.Serialize(ids);
}
