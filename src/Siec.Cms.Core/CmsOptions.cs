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

    public bool UsesPostgres => string.Equals(DatabaseProvider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public string SqlitePath => Path.Combine(DataPath, "siec.db");

    public string MediaPath => Path.Combine(DataPath, "Media");

    public string LogsPath => Path.Combine(DataPath, "logs");

    /// <summary>The <c>Cms</c> section with the data path made absolute (relative paths are beside the host).</summary>
    public static CmsOptions FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var options = new CmsOptions();
        configuration.GetSection("Cms").Bind(options);
        options.DataPath = Path.GetFullPath(Path.Combine(contentRoot, options.DataPath));
        options.ConnectionString ??= configuration.GetConnectionString("Cms");
        return options;
    }
}
