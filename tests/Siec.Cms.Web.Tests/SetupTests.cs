using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Web.Tests;

/// <summary>First start: set up from configuration with no page, or through the Polish setup page.</summary>
public sealed partial class SetupTests
{
    [Fact]
    public async Task Configuration_with_an_admin_password_sets_the_site_up_at_start()
    {
        await using var factory = new SiteFactory(new Dictionary<string, string>
        {
            ["Cms:Setup:AdminPassword"] = "Haslo-123-Sieci",
            ["Cms:Setup:AdminEmail"] = "koordynator@example.org",
            ["Cms:Setup:SiteName"] = "Sieć testowa",
        });
        var client = factory.CreateClient();

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var admin = await users.FindByNameAsync("admin");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, "Administrator"));
        Assert.True(await users.CheckPasswordAsync(admin, "Haslo-123-Sieci"));
        var settings = await scope.ServiceProvider.GetRequiredService<DocumentStore>().GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        Assert.Equal("Sieć testowa", settings.SiteName);
        Assert.True(File.Exists(Path.Combine(factory.DataPath, "siec.db")));
        var log = Directory.GetFiles(Path.Combine(factory.DataPath, "logs"), "siec-*.log").Single();
        using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        Assert.Contains("Strona skonfigurowana automatycznie", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Without_configuration_the_setup_page_sets_the_site_up_and_refuses_bad_input()
    {
        await using var factory = new SiteFactory(new Dictionary<string, string>());
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal("/setup", home.Headers.Location?.OriginalString);

        var page = await client.GetStringAsync("/setup");
        Assert.Contains("Konfiguracja nowej strony sieci", page);
        Assert.Contains("lang=\"pl\"", page);
        var token = TokenPattern().Match(page).Groups[1].Value;

        var forged = await client.PostAsync("/setup", Form(("Input.SiteName", "Sieć")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var mismatch = await client.PostAsync("/setup", Form(
            ("__RequestVerificationToken", token), ("Input.SiteName", "Sieć"), ("Input.Recipe", "nowa-siec"),
            ("Input.AdminUserName", "admin"), ("Input.AdminEmail", "to-nie-adres"),
            ("Input.AdminPassword", "Haslo-123-Sieci"), ("Input.PasswordConfirmation", "Inne-123")));
        var mismatchPage = await mismatch.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("Hasła nie są jednakowe.", mismatchPage);
        Assert.Contains("Adres e-mail jest niepoprawny.", mismatchPage);
        Assert.Contains("value=\"Sieć\"", mismatchPage);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);

        var weak = await client.PostAsync("/setup", Form(
            ("__RequestVerificationToken", token), ("Input.SiteName", "Sieć"), ("Input.Recipe", "nowa-siec"),
            ("Input.AdminUserName", "admin"), ("Input.AdminEmail", "admin@example.org"),
            ("Input.AdminPassword", "abc"), ("Input.PasswordConfirmation", "abc")));
        Assert.Contains("Hasło musi mieć co najmniej 12 znaków.", await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);

        var done = await client.PostAsync("/setup", Form(
            ("__RequestVerificationToken", token), ("Input.SiteName", "Sieć bibliotek"), ("Input.Recipe", "nowa-siec"),
            ("Input.AdminUserName", "koordynator"), ("Input.AdminEmail", "koordynator@example.org"),
            ("Input.AdminPassword", "Haslo-123-Sieci"), ("Input.PasswordConfirmation", "Haslo-123-Sieci")));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Contains("Sieć bibliotek", await client.GetStringAsync("/"));
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
