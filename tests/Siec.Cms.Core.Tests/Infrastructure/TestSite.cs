using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Siec.Cms.Core;
using Siec.Cms.Core.Setup;

namespace Siec.Cms.Core.Tests.Infrastructure;

/// <summary>
/// A brand-new site on a real database: a SQLite file in a temporary folder, or a fresh PostgreSQL database on the
/// server named by CMS_PG (started by tests/run-all.sh). A PostgreSQL site fails loudly when CMS_PG is missing.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly string? _postgresDatabase;

    private TestSite(ServiceProvider services, string dataPath, string? postgresDatabase)
    {
        Services = services;
        DataPath = dataPath;
        _postgresDatabase = postgresDatabase;
    }

    public ServiceProvider Services { get; }

    public string DataPath { get; }

    /// <param name="dataPath">An existing site's data folder, to start that site again (SQLite only).</param>
    /// <param name="configuration">Settings beyond the data path and database, as the site's configuration.</param>
    public static async Task<TestSite> CreateAsync(
        DatabaseKind kind, Action<IServiceCollection>? configure = null, string? dataPath = null, IDictionary<string, string?>? configuration = null)
    {
        dataPath ??= Path.Combine(Path.GetTempPath(), "siec-tests", Guid.NewGuid().ToString("n"));
        var settings = new Dictionary<string, string?>(configuration ?? new Dictionary<string, string?>()) { ["Cms:DataPath"] = dataPath };
        string? database = null;
        if (kind == DatabaseKind.Postgres)
        {
            database = "siec_" + Guid.NewGuid().ToString("n");
            await ExecuteAsync(PostgresServer.ConnectionString, $"CREATE DATABASE \"{database}\"");
            settings["Cms:DatabaseProvider"] = "Postgres";
            settings["ConnectionStrings:Cms"] = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = database }.ConnectionString;
        }

        var built = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(built);
        services.AddLogging();
        services.AddSiecCms(built, dataPath);
        configure?.Invoke(services);
        var site = new TestSite(services.BuildServiceProvider(), dataPath, database);
        await site.RunAsync<SiteInitializer>(s => s.InitializeAsync());
        return site;
    }

    public async Task RunAsync<T>(Func<T, Task> action) where T : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    public async Task<TResult> RunAsync<T, TResult>(Func<T, Task<TResult>> action) where T : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(PostgresServer.ConnectionString, $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
        }

        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
