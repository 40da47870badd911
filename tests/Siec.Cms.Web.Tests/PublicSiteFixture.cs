using Microsoft.Extensions.DependencyInjection;

namespace Siec.Cms.Web.Tests;

/// <summary>One site set up at start with the default network recipe, shared by the reader-page tests of a class.</summary>
public sealed class PublicSiteFixture : IAsyncLifetime
{
    public SiteFactory Factory { get; } = new(new Dictionary<string, string>
    {
        ["Cms:Setup:AdminPassword"] = "Haslo-123-Sieci",
        ["Cms:Setup:SiteName"] = "Sieć bibliotek pedagogicznych",
        // Every test client signs in from the same test address; the limit itself is tested on its own site.
        ["Cms:Admin:LoginAttemptsPerMinute"] = "1000",
    });

    public HttpClient Client { get; private set; } = null!;

    public async Task RunAsync<T>(Func<T, Task> action) where T : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    public async Task<TResult> RunAsync<T, TResult>(Func<T, Task<TResult>> action) where T : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    public Task InitializeAsync()
    {
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
