using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.Data;

namespace Siec.Cms.Core.Tests.Infrastructure;

/// <summary>Every value of every table of a site's database (SQLite or PostgreSQL) as one text, to search for what must be gone.</summary>
public static class DatabaseText
{
    public static async Task<string> ReadAsync(CmsDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = db.Database.IsNpgsql()
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                    : "SELECT name FROM sqlite_master WHERE type = 'table'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var text = new StringBuilder();
            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    Append(text, reader);
                }
            }

            Assert.True(tables.Count > 10, "the site's tables were read");
            return text.ToString();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static void Append(StringBuilder text, DbDataReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var value = reader.IsDBNull(i) ? "" : reader.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : reader.GetValue(i).ToString();
            text.Append(value).Append('\u001f');
        }
    }
}
