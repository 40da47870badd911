using Microsoft.Extensions.Options;
using Npgsql;

namespace Siec.Cms.Core.Tenancy;

/// <summary>
/// Where a network's data lives besides its folder: nothing more on SQLite (the file is in the folder), a schema in
/// the installation's PostgreSQL database, or a PostgreSQL database of its own (<see cref="TenancyOptions.DatabasePerNetwork"/>).
/// Statements about schemas and databases run on a connection of their own to the installation's database: a
/// database cannot be created or dropped inside a transaction. Names cannot be parameters; they are made of a
/// network name checked to be letters, digits and hyphens.
/// </summary>
public sealed class NetworkStorage(IOptions<CmsOptions> cms, IOptions<TenancyOptions> tenancy)
{
    private bool OwnDatabase => tenancy.Value.DatabasePerNetwork;

    public async Task EnsureCreatedAsync(string name)
    {
        if (!cms.Value.UsesPostgres || name == TenantSettings.DefaultName)
        {
            return;
        }

        if (!OwnDatabase)
        {
            await ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS \"{CurrentTenant.SchemaOf(name)}\"");
        }
        else if (!await ExistsAsync(name))
        {
            try
            {
                await ExecuteAsync($"CREATE DATABASE \"{CurrentTenant.DatabaseOf(cms.Value, name)}\"");
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node created it first.
            }
        }
    }

    public async Task<bool> ExistsAsync(string name)
    {
        if (!cms.Value.UsesPostgres)
        {
            return Directory.Exists(CurrentTenant.DataPathOf(cms.Value, name));
        }

        var (catalog, column, value) = OwnDatabase
            ? ("pg_database", "datname", CurrentTenant.DatabaseOf(cms.Value, name))
            : ("pg_namespace", "nspname", CurrentTenant.SchemaOf(name));
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {catalog} WHERE {column} = @name", connection);
        command.Parameters.AddWithValue("name", value);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>Drops the network's schema or database (its pools must have been cleared) and its folder.</summary>
    public async Task DeleteAsync(string name)
    {
        if (cms.Value.UsesPostgres)
        {
            await ExecuteAsync(OwnDatabase
                ? $"DROP DATABASE IF EXISTS \"{CurrentTenant.DatabaseOf(cms.Value, name)}\" WITH (FORCE)"
                : $"DROP SCHEMA IF EXISTS \"{CurrentTenant.SchemaOf(name)}\" CASCADE");
        }

        var folder = CurrentTenant.DataPathOf(cms.Value, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(cms.Value.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
