using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Siec.Cms.Core.Data;

/// <summary>
/// Writes many new rows with multi-row INSERTs in the open transaction, parameters only and nothing tracked: for
/// imports, where the change tracker would cost more than the writing. Entities take their columns and types from
/// the EF model (generated keys are left to the database: read them back by another column when needed); a table EF
/// does not map (the full-text index) takes its values as they are.
/// </summary>
/// <remarks>
/// Inside a transaction SQLite is told <c>INSERT OR FAIL</c>: a plain INSERT of many rows first copies every page it
/// will change aside, to undo itself alone on an error (6 GB of copies in a 100,000-item import); a failure here
/// fails the whole transaction anyway, which is rolled back.
/// </remarks>
public static class BulkInsert
{
    /// <summary>
    /// Parameters per statement: SQLite looks each parameter's name up among all of the statement's, so cost grows
    /// with the square of this; a few rows a statement already saves nearly all the per-statement work.
    /// </summary>
    private const int ParametersPerStatement = 60;

    public static Task InsertAllAsync<T>(this CmsDbContext db, IReadOnlyCollection<T> rows) where T : class
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var target = $"{sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))})";
        var mappings = columns.Select(c => (Mapping: (RelationalTypeMapping)c.GetRelationalTypeMapping(), Getter: c.GetGetter(), c.IsNullable)).ToList();
        return WriteAsync(db, target, columns.Count, rows, (command, name, row, c) =>
            mappings[c].Mapping.CreateParameter(command, name, mappings[c].Getter.GetClrValue(row), mappings[c].IsNullable));
    }

    /// <param name="target">The table and its columns (<c>t (a, b)</c>), in the database's quoting.</param>
    /// <param name="rows">Each row's values in the order of the columns named.</param>
    public static Task InsertValuesAsync(this CmsDbContext db, string target, IReadOnlyCollection<object?[]> rows) =>
        rows.Count == 0 ? Task.CompletedTask : WriteAsync(db, target, rows.First().Length, rows, (command, name, row, c) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = row[c] ?? DBNull.Value;
            return parameter;
        });

    private static async Task WriteAsync<T>(CmsDbContext db, string target, int columns, IReadOnlyCollection<T> rows,
        Func<DbCommand, string, T, int, DbParameter> parameter)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var insertInto = (transaction is not null && db.Database.IsSqlite() ? "INSERT OR FAIL INTO " : "INSERT INTO ") + target;
        await db.Database.OpenConnectionAsync();
        // One command for every chunk of the same size: the database prepares its statement once and runs it again.
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(Math.Max(1, ParametersPerStatement / columns)))
            {
                if (command is null || command.Parameters.Count != chunk.Length * columns)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = Statement(insertInto, chunk.Length, columns);
                }

                command.Parameters.Clear();
                for (int r = 0, n = 0; r < chunk.Length; r++)
                {
                    for (var c = 0; c < columns; c++, n++)
                    {
                        command.Parameters.Add(parameter(command, "@p" + n, chunk[r], c));
                    }
                }

                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary><c>INSERT INTO t (a, b) VALUES (@p0, @p1), (@p2, @p3)</c> for the number of rows given.</summary>
    private static string Statement(string insertInto, int rows, int columns)
    {
        var text = new StringBuilder(insertInto).Append(" VALUES ");
        for (int r = 0, n = 0; r < rows; r++)
        {
            text.Append(r > 0 ? ", (" : "(");
            for (var c = 0; c < columns; c++, n++)
            {
                text.Append(c > 0 ? ", @p" : "@p").Append(n);
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
