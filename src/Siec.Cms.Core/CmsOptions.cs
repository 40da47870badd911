using Microsoft.Extensions.Configuration;
using Siec.Cms.Core.Media;

namespace Siec.Cms.Core;

/// <summary>The <c>Cms</c> configuration section.</summary>
public sealed class CmsOptions
{
    /// <summary>Folder holding the SQLite database and media; a new empty folder gives a brand-new site.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c> (then <c>ConnectionStrings:Cms</c> is used).</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    public MediaOptions Media { get; set; } = new();

    /// <summary>The folder of recipes offered at setup and in the admin; by default <c>recipes/</c> beside the binaries.</summary>
    public string? RecipesPath { get; set; }

    /// <summary>
    /// A Redis connection string: set, the node runs in shared mode (several nodes behind a balancer): output cache,
    /// data-protection keys and rate limits live in Redis. Needs PostgreSQL.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>This node's name in logs and traces; the machine's name unless configured.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>How often scheduled publishing looks for what is due.</summary>
    public double SchedulerSeconds { get; set; } = 30;

    public bool SharedMode => !string.IsNullOrWhiteSpace(Redis);

    public bool UsesPostgres => string.Equals(DatabaseProvider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public string LogsPath => Path.Combine(DataPath, "logs");

    /// <summary>The <c>Cms</c> section with the data path made absolute (relative paths are beside the host).</summary>
    public static CmsOptions FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var options = new CmsOptions();
        configuration.GetSection("Cms").Bind(options);
        options.DataPath = Path.GetFullPath(Path.Combine(contentRoot, options.DataPath));
        options.ConnectionString ??= configuration.GetConnectionString("Cms");
        if (options.SharedMode && !options.UsesPostgres)
        {
            throw new InvalidOperationException("Cms:Redis (kilka serwerów) wymaga wspólnej bazy: ustaw Cms:DatabaseProvider na Postgres.");
        }

        if (options.Media.UsesDatabase && !options.UsesPostgres)
        {
            throw new InvalidOperationException("Cms:Media:Store=Database wymaga bazy PostgreSQL (Cms:DatabaseProvider=Postgres).");
        }

        return options;
    }
}
