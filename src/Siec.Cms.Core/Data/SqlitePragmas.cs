using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Siec.Cms.Core.Data;

/// <summary>
/// Settings of each SQLite connection as it opens. Statement journals (an INSERT inside a long transaction keeps the
/// pages it changes, to undo the statement alone) and sorts spill to temporary files by default: in a 100,000-item
/// import those files were the largest share of the writes. They stay in memory instead.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA temp_store = MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Command(connection).ExecuteNonQuery();

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        return command;
    }
}
