using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Siec.Cms.Core.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    public static IServiceCollection AddTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TenancyOptions>(configuration.GetSection("Cms:Tenants"));
        services.AddScoped<CurrentTenant>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantShells>();
        services.AddSingleton<NetworkStorage>();
        services.AddHostedService<TenantIdleRelease>();
        services.AddScoped<TenantManager>();
        return services;
    }
}
