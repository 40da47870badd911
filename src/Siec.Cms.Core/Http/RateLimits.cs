using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Siec.Cms.Core.Http;

/// <summary>The site's rate limits: so many requests a minute per address or per member, refused in Polish.</summary>
public static class RateLimits
{
    public static RateLimitPartition<string> PerMinute(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

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
