using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Tenancy;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests.Tenancy;

/// <summary>
/// A platform on a test site (SQLite, or PostgreSQL when <see cref="Database"/> says so) whose own host is
/// <see cref="PlatformHost"/>, with what tests of networks share: clients on a network's host, creating networks,
/// scopes of a network, accounts.
/// </summary>
public abstract class TenancyTest : MailSiteTest
{
    protected const string PlatformHost = "platforma.test";

    protected virtual IDictionary<string, string> Database => new Dictionary<string, string>();

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>(Database)
    {
        ["Cms:Tenants:DefaultHost"] = PlatformHost,
        ["Cms:Tenants:Scheme"] = "http",
    };

    protected async Task RefreshDirectoryAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Siec.Network.Portal.NetworkDirectory>().RefreshAsync();
    }

    /// <summary>An account with the role and the test password, in the network (null: the platform's default network).</summary>
    protected async Task UserAsync(string? tenant, string name, string role)
    {
        async Task CreateAsync(IServiceProvider services)
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, MailSites.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        if (tenant is null)
        {
            await using var scope = Site.Services.CreateAsyncScope();
            await CreateAsync(scope.ServiceProvider);
        }
        else
        {
            await InAsync(tenant, CreateAsync);
        }
    }

    protected static async Task<HttpClient> SignedInAsync(HttpClient client, string name, string password)
    {
        var response = await PostFormAsync(client, "/Login", new() { ["UserName"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected HttpClient ClientOf(string host) =>
        Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}") });

    protected Task<IReadOnlyList<string>> CreateAsync(string name, string recipe, string title, string? host = null, string? coordinator = null, string? areas = null) =>
        ManageAsync(m => m.CreateAsync(new TenantRequest
        {
            Name = name, DisplayName = title, Host = host ?? $"{name}.test", Recipe = recipe, CoordinatorEmail = coordinator ?? $"koordynator-{name}@example.org",
            CoordinatorName = "Anna Nowak", ThematicAreas = areas,
        }));

    protected async Task<T> ManageAsync<T>(Func<TenantManager, Task<T>> work)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TenantManager>());
    }

    protected async Task InAsync(string name, Func<IServiceProvider, Task> work)
    {
        var tenant = await Site.Services.GetRequiredService<TenantRegistry>().FindAsync(name);
        await using var scope = await Site.Services.GetRequiredService<TenantShells>().OpenAsync(tenant!);
        await work(scope.ServiceProvider);
    }

    /// <summary>Whether the network's folder (SQLite), schema or database (PostgreSQL) is still there.</summary>
    protected async Task<bool> DataExistsAsync(string name)
    {
        if (!Database.TryGetValue("ConnectionStrings:Cms", out var connectionString))
        {
            return Directory.Exists(Path.Combine(Site.DataPath, "Sites", name));
        }

        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var ownDatabase = Database.ContainsKey("Cms:Tenants:DatabasePerNetwork");
        await using var command = new Npgsql.NpgsqlCommand(
            ownDatabase ? "SELECT count(*) FROM pg_database WHERE datname = @s" : "SELECT count(*) FROM pg_namespace WHERE nspname = @s", connection);
        command.Parameters.AddWithValue("s", ownDatabase ? $"{connection.Database}_{name.Replace('-', '_')}" : CurrentTenant.SchemaOf(name));
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
