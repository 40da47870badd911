using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Siec.Cms.Core.Forms;

/// <summary>Forms as content: the widget types, submission storage, and a per-address limit on posting.</summary>
public static class FormsServiceCollectionExtensions
{
    public static IServiceCollection AddSiecForms(this IServiceCollection services, int submissionsPerMinute)
    {
        services.AddFeature("Siec.Cms.Forms");
        services.AddDataMigration<FormsMigrations>();
        services.AddScoped<FormSubmissions>();
        services.AddScoped<FormView>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Zbyt wiele prób w krótkim czasie. Odczekaj minutę i spróbuj ponownie.", cancellation);
            };
            o.AddPolicy(FormEndpoints.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = submissionsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
