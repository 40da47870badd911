using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using RedisRateLimiting;
using Siec.Cms.Core.Cluster;

namespace Siec.Cms.Core.Http;

/// <summary>The site's rate limits: so many requests a minute per address or per member, refused in Polish.</summary>
public static class RateLimits
{
    /// <summary>
    /// A fixed window of a minute for <paramref name="key"/> under <paramref name="policy"/>. In shared mode the count
    /// lives in Redis, so a client spreading attempts over the nodes gets no more than from one node.
    /// </summary>
    public static RateLimitPartition<string> PerMinute(HttpContext http, string policy, string key, int permits)
    {
        var partition = policy + ":" + key;
        if (http.RequestServices.GetService<SharedRedis>() is { } redis)
        {
            return RedisRateLimitPartition.GetFixedWindowRateLimiter(SharedRedis.KeyPrefix + "rate:" + partition, _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Connection, PermitLimit = permits, Window = TimeSpan.FromMinutes(1),
            });
        }

        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }

    /// <summary>The client's address (tests and local calls have none).</summary>
    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";

    /// <summary>How every limit refuses: 429 and a Polish sentence (set once, by the host).</summary>
    public static void RefuseInPolish(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellation) =>
        {
            context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
            await context.HttpContext.Response.WriteAsync("Zbyt wiele prób w krótkim czasie. Odczekaj minutę i spróbuj ponownie.", cancellation);
        };
    }
}
