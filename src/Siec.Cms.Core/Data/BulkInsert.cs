using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Siec.Cms.Core.Data;

/// <summary>
/// Writes many new rows of one entity with multi-row INSERTs built from the EF model, in the open transaction,
/// parameters only and nothing tracked: for imports, where the change tracker would cost more than the writing.
/// Generated keys are left to the database (read them back by another column when needed).
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Parameters per statement: SQLite looks each parameter's name up among all of the statement's, so cost grows
    /// with the square of this; a few rows a statement already saves nearly all the per-statement work.
    /// </summary>
    private const int ParametersPerStatement = 60;

    public static async Task InsertAllAsync<T>(this CmsDbContext db, IReadOnlyCollection<T> rows) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var insertInto = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
        var mappings = columns.Select(c => (Mapping: (RelationalTypeMapping)c.GetRelationalTypeMapping(), Getter: c.GetGetter(), c.IsNullable)).ToList();

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var chunk in rows.Chunk(Math.Max(1, ParametersPerStatement / columns.Count)))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var text = new StringBuilder(insertInto);
                var n = 0;
                for (var r = 0; r < chunk.Length; r++)
                {
                    text.Append(r > 0 ? ", (" : "(");
                    for (var c = 0; c < mappings.Count; c++, n++)
                    {
                        var (mapping, getter, nullable) = mappings[c];
                        text.Append(c > 0 ? ", @p" : "@p").Append(n);
                        command.Parameters.Add(mapping.CreateParameter(command, "@p" + n, getter.GetClrValue(chunk[r]), nullable));
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
