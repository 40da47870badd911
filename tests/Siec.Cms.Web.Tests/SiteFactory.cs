using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Siec.Cms.Web.Tests;

/// <summary>
/// The real host on a fresh data folder (SQLite); settings are given as the site's configuration. Given a
/// <paramref name="dataPath"/>, the site starts on that folder and leaves it in place (a restart of an existing site).
/// </summary>
public sealed class SiteFactory(IDictionary<string, string> settings, string environment = "Production", string? dataPath = null) : WebApplicationFactory<Program>
{
    public string DataPath { get; } = dataPath ?? NewDataPath();

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "siec-web-tests", Guid.NewGuid().ToString("n"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Cms:DataPath", DataPath);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (dataPath is null && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
