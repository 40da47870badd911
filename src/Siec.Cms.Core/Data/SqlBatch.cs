using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>
/// Statements sent to the database together, in as few round trips as their parameters allow: work that holds locks
/// until the commit is then as short as one round trip, however busy the node is. Each statement names its own
/// arguments {0}, {1}…; they are renumbered when statements are joined.
/// </summary>
public sealed class SqlBatch
{
    /// <summary>SQLite looks each parameter up among all of a command's, so a command keeps to a few hundred.</summary>
    private const int ParametersPerCommand = 300;

    private readonly List<(string Sql, object[] Args)> _statements = [];

    public bool IsEmpty => _statements.Count == 0;

    public void Add(string sql, params object[] args) => _statements.Add((sql, args));

    public async Task ExecuteAsync(CmsDbContext db)
    {
        var sql = new StringBuilder();
        var args = new List<object>();
        foreach (var (statement, own) in _statements)
        {
            if (args.Count > 0 && args.Count + own.Length > ParametersPerCommand)
            {
                await db.Database.ExecuteSqlRawAsync(sql.ToString(), args);
                sql.Clear();
                args.Clear();
            }

            sql.Append(string.Format(statement, own.Select((_, i) => (object)$"{{{args.Count + i}}}").ToArray())).Append(";\n");
            args.AddRange(own);
        }

        if (sql.Length > 0)
        {
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), args);
        }

        _statements.Clear();
    }
}
