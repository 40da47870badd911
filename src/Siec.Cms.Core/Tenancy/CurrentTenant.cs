using Microsoft.Extensions.Options;
using Npgsql;

namespace Siec.Cms.Core.Tenancy;

/// <summary>
/// The network a scope serves: chosen by the request's host (or by the background job looping over networks) before
/// any service that reads data is made, and from then on it decides the database, the schema and the media folder.
/// A scope nobody chose for serves the default network, so a single-network installation needs nothing of this.
/// </summary>
public sealed class CurrentTenant(IOptions<CmsOptions> options)
{
    private const string SitesFolder = "Sites";

    public TenantSettings Settings { get; private set; } = TenantSettings.Default;

    public string Name => Settings.Name;

    public bool IsDefault => Settings.IsDefault;

    public string DataPath => DataPathOf(options.Value, Name);

    public string SqlitePath => Path.Combine(DataPath, "siec.db");

    public string MediaPath => Path.Combine(DataPath, "Media");

    /// <summary>The PostgreSQL schema of the network: the default network keeps the database's own (public).</summary>
    public string? Schema => IsDefault || !options.Value.UsesPostgres ? null : SchemaOf(Name);

    /// <summary>
    /// The network's connection string: its SQLite file, or PostgreSQL with the network's schema as the search path.
    /// Each network has its own pool (found by this exact string), so an idle network's PostgreSQL connections close
    /// within seconds: two hundred networks must not hold two hundred.
    /// </summary>
    public string ConnectionString => !options.Value.UsesPostgres
        ? "Data Source=" + SqlitePath
        : IsDefault
            ? options.Value.ConnectionString!
            : new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { SearchPath = Schema, ConnectionIdleLifetime = 15, ConnectionPruningInterval = 5 }.ConnectionString;

    public void Use(TenantSettings settings) => Settings = settings;

    public static string DataPathOf(CmsOptions options, string name) =>
        name == TenantSettings.DefaultName ? options.DataPath : Path.Combine(options.DataPath, SitesFolder, name);

    public static string SchemaOf(string name) => "siec_" + name.Replace('-', '_');
}
