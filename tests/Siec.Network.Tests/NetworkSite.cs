using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Setup;
using Siec.Cms.Core.Tests.Infrastructure;

namespace Siec.Network.Tests;

/// <summary>A test site with the network module, set up with one of the network recipes as the setup page would.</summary>
public static class NetworkSite
{
    public static Task<TestSite> CreateAsync(DatabaseKind kind = DatabaseKind.Sqlite) =>
        TestSite.CreateAsync(kind, s => s.AddSiecForms(submissionsPerMinute: 5).AddSiecNetwork()
            .Configure<ThemeOptions>(o => o.ThemePath = Path.Combine(RepositoryPaths.Root, "themes", "Siec.Theme")));

    public static async Task<TestSite> SetUpAsync(string recipe = "siec-bibliotek-pedagogicznych", DatabaseKind kind = DatabaseKind.Sqlite)
    {
        var site = await CreateAsync(kind);
        var errors = await site.RunAsync<SetupService, IReadOnlyList<string>>(s => s.SetupAsync(new SetupRequest
        {
            SiteName = "Sieć bibliotek pedagogicznych",
            AdminUserName = "admin",
            AdminEmail = "admin@example.org",
            AdminPassword = "Haslo-123-Sieci",
            RecipePath = Path.Combine(RepositoryPaths.Recipes, recipe + ".recipe.json"),
        }));
        Assert.Empty(errors);
        return site;
    }
}
