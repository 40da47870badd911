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
        var insertInto = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))})";
        var mappings = columns.Select(c => (Mapping: (RelationalTypeMapping)c.GetRelationalTypeMapping(), Getter: c.GetGetter(), c.IsNullable)).ToList();
        return WriteAsync(db, insertInto, columns.Count, rows, (command, name, row, c) =>
            mappings[c].Mapping.CreateParameter(command, name, mappings[c].Getter.GetClrValue(row), mappings[c].IsNullable));
    }

    /// <param name="insertInto">The statement up to VALUES (<c>INSERT INTO t (a, b)</c>), in the database's quoting.</param>
    /// <param name="rows">Each row's values in the order of the columns named.</param>
    public static Task InsertValuesAsync(this CmsDbContext db, string insertInto, IReadOnlyCollection<object?[]> rows) =>
        rows.Count == 0 ? Task.CompletedTask : WriteAsync(db, insertInto, rows.First().Length, rows, (command, name, row, c) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = row[c] ?? DBNull.Value;
            return parameter;
        });

    private static async Task WriteAsync<T>(CmsDbContext db, string insertInto, int columns, IReadOnlyCollection<T> rows,
        Func<DbCommand, string, T, int, DbParameter> parameter)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var chunk in rows.Chunk(Math.Max(1, ParametersPerStatement / columns)))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var text = new StringBuilder(insertInto).Append(" VALUES ");
                var n = 0;
                for (var r = 0; r < chunk.Length; r++)
                {
                    text.Append(r > 0 ? ", (" : "(");
                    for (var c = 0; c < columns; c++, n++)
                    {
                        text.Append(c > 0 ? ", @p" : "@p").Append(n);
                        command.Parameters.Add(parameter(command, "@p" + n, chunk[r], c));
                    }

                    text.Append(')');
                }

                command.CommandText = text.ToString();
                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
