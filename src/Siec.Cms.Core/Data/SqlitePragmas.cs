using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Siec.Cms.Core.Data;

/// <summary>
/// Settings of each SQLite connection, given once when the connection is first opened (a pooled connection keeps
/// them). Statement journals (a statement inside a long transaction keeps copies of the pages it changes, to undo
/// itself alone) and sorts spill to temporary files by default: in a 100,000-item import those files took 6 GB of
/// writes. They stay in memory instead.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA temp_store = MEMORY;";

    /// <summary>The native connections already set up; one leaves the table when the pool lets it go.</summary>
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = Command(connection, Sql);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await RunAsync(connection, Sql, cancellationToken);
        }
    }

    /// <summary>Runs a pragma on an open connection outside any transaction; returns the value it reads, if any.</summary>
    public static async Task<object?> RunAsync(DbConnection connection, string pragma, CancellationToken cancellation = default)
    {
        await using var command = Command(connection, pragma);
        return await command.ExecuteScalarAsync(cancellation);
    }

    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, handle);

    private static DbCommand Command(DbConnection connection, string pragma)
    {
        var command = connection.CreateCommand();
        command.CommandText = pragma;
        return command;
    }
}
