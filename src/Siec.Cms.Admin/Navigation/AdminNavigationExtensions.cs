using Microsoft.Extensions.DependencyInjection;

namespace Siec.Cms.Admin.Navigation;

public static class AdminNavigationExtensions
{
    public static IServiceCollection AddAdminMenuItem(this IServiceCollection services, string text, string url, int position) =>
        services.AddSingleton(new AdminMenuItem(text, url, position));

    public static IServiceCollection AddDashboardCard<T>(this IServiceCollection services) where T : class, IDashboardCard =>
        services.AddScoped<IDashboardCard, T>();

    public static IServiceCollection AddContentItemAdminLinks<T>(this IServiceCollection services) where T : class, IContentItemAdminLinks =>
        services.AddScoped<IContentItemAdminLinks, T>();
}
