using Microsoft.Extensions.Options;
using Npgsql;

namespace Siec.Cms.Core.Tenancy;

/// <summary>
/// The network a scope serves: chosen by the request's host (or by the background job looping over networks) before
/// any service that reads data is made, and from then on it decides the database, the schema and the media folder.
/// A scope nobody chose for serves the default network, so a single-network installation needs nothing of this.
/// </summary>
public sealed class CurrentTenant(IOptions<CmsOptions> options, IOptions<TenancyOptions> tenancy)
{
    private const string SitesFolder = "Sites";

    public TenantSettings Settings { get; private set; } = TenantSettings.Default;

    public string Name => Settings.Name;

    public bool IsDefault => Settings.IsDefault;

    public string DataPath => DataPathOf(options.Value, Name);

    public string SqlitePath => Path.Combine(DataPath, "siec.db");

    public string MediaPath => Path.Combine(DataPath, "Media");

    /// <summary>The PostgreSQL schema of the network: the default network keeps the database's own (public).</summary>
    public string? Schema => IsDefault || !options.Value.UsesPostgres || tenancy.Value.DatabasePerNetwork ? null : SchemaOf(Name);

    /// <summary>The network's own PostgreSQL database, when each network has one (<see cref="TenancyOptions.DatabasePerNetwork"/>).</summary>
    public string? Database => IsDefault || !options.Value.UsesPostgres || !tenancy.Value.DatabasePerNetwork ? null : DatabaseOf(options.Value, Name);

    /// <summary>
    /// The network's connection string: its SQLite file, or PostgreSQL with the network's schema as the search path.
    /// Each network has its own pool (found by this exact string), so an idle network's PostgreSQL connections close
    /// within seconds: two hundred networks must not hold two hundred.
    /// </summary>
    public string ConnectionString => !options.Value.UsesPostgres
        ? "Data Source=" + SqlitePath
        : IsDefault ? options.Value.ConnectionString! : NetworkConnectionString();

    public void Use(TenantSettings settings) => Settings = settings;

    private string NetworkConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { SearchPath = Schema, ConnectionIdleLifetime = 15, ConnectionPruningInterval = 5 };
        builder.Database = Database ?? builder.Database;
        return builder.ConnectionString;
    }

    public static string DataPathOf(CmsOptions options, string name) =>
        name == TenantSettings.DefaultName ? options.DataPath : Path.Combine(options.DataPath, SitesFolder, name);

    public static string SchemaOf(string name) => "siec_" + name.Replace('-', '_');

    /// <summary>
    /// A network's database: the installation's database name first, so that two installations on one server never
    /// share one; that part is shortened if need be so the whole stays within PostgreSQL's 63 characters, which would
    /// otherwise cut the network's name and let two networks meet in one database.
    /// </summary>
    public static string DatabaseOf(CmsOptions options, string name)
    {
        var network = name.Replace('-', '_');
        var installation = new NpgsqlConnectionStringBuilder(options.ConnectionString).Database ?? "siec";
        return $"{installation[..Math.Min(installation.Length, 62 - network.Length)]}_{network}";
    }
}
