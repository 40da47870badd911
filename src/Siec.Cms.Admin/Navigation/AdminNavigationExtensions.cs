using Microsoft.Extensions.DependencyInjection;

namespace Siec.Cms.Admin.Navigation;

public static class AdminNavigationExtensions
{
    public static IServiceCollection AddAdminMenuItem(this IServiceCollection services, string text, string url, int position, string group = AdminMenuGroups.Content) =>
        services.AddSingleton(new AdminMenuItem(text, url, position, group));

    public static IServiceCollection AddAdminMenuCount<T>(this IServiceCollection services) where T : class, IAdminMenuCount =>
        services.AddScoped<IAdminMenuCount, T>();

    public static IServiceCollection AddDashboardCard<T>(this IServiceCollection services) where T : class, IDashboardCard =>
        services.AddScoped<IDashboardCard, T>();

    public static IServiceCollection AddContentItemAdminLinks<T>(this IServiceCollection services) where T : class, IContentItemAdminLinks =>
        services.AddScoped<IContentItemAdminLinks, T>();
}
