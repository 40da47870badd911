using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Siec.Cms.Core.Data;

/// <summary>
/// A request that fails because the database cannot be reached answers 503 with a Polish sentence and Retry-After,
/// not 500: the balancer and the reader both learn that it is passing. Broken pooled connections are dropped, so the
/// node recovers by itself when the database is back.
/// </summary>
public sealed class DatabaseUnavailable(ILogger<DatabaseUnavailable> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnreachable(exception))
        {
            return false;
        }

        // Every message of the chain: "timed out" alone does not tell an exhausted pool from a server that does not answer.
        logger.LogWarning("Baza danych niedostępna: {Path} dostaje 503 ({Error}).", context.Request.Path, string.Join(" <- ", Chain(exception).Select(e => e.Message).Distinct()));
        if (Chain(exception).Any(e => e is SocketException or PostgresException))
        {
            // The server went away: the idle pooled connections are dead too, and each would fail one more request.
            NpgsqlConnection.ClearAllPools();
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("Serwis jest chwilowo niedostępny (brak połączenia z bazą danych). Spróbuj ponownie za kilka sekund.", cancellationToken);
        return true;
    }

    public static bool IsUnreachable(Exception exception) =>
        Chain(exception).Any(e => e is SocketException or NpgsqlException { IsTransient: true }
            || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
