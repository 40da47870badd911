using Npgsql;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>Settings that put a test site on a fresh database of the throw-away PostgreSQL server tests/run-all.sh starts.</summary>
public static class PostgresSites
{
    public static Dictionary<string, string> NewDatabase()
    {
        var database = "siec_web_" + Guid.NewGuid().ToString("n");
        using (var connection = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            command.ExecuteNonQuery();
        }

        return new Dictionary<string, string>
        {
            ["Cms:DatabaseProvider"] = "Postgres",
            ["ConnectionStrings:Cms"] = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = database }.ConnectionString,
        };
    }
}
