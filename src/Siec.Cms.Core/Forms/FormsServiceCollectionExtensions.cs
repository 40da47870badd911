using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Http;

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
        services.AddRateLimiter(o => o.AddPolicy(FormEndpoints.RateLimitPolicy, http => RateLimits.PerMinute(http, FormEndpoints.RateLimitPolicy, RateLimits.Address(http), submissionsPerMinute)));
        return services;
    }
}
