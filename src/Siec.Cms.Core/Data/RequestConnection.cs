using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Siec.Cms.Core.Data;

/// <summary>
/// On SQLite, a page holds one connection from its first query to its end. EF Core otherwise takes a connection from
/// the pool and gives it back around every query, and Microsoft.Data.Sqlite's pool is one lock: with a page's dozen
/// queries and a few dozen members at once, threads spent half their time waiting for it.
/// </summary>
public sealed class RequestConnection(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CmsDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            await next(context);
            return;
        }

        await db.Database.OpenConnectionAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
