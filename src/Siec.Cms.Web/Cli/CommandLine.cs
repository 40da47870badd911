using Siec.Cms.Core.Setup;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Web.Cli;

/// <summary>The words, <c>--option value</c> pairs and <c>--Key=value</c> settings of a command, and the host it runs in.</summary>
public sealed record CommandLine(List<string> Words, Dictionary<string, string> Options, string[] Settings)
{
    /// <summary>Splits <paramref name="args"/>; each of <paramref name="valued"/> takes the word after it.</summary>
    public static CommandLine Parse(string[] args, params string[] valued)
    {
        var words = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (valued.Contains(args[i]) && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('='))
            {
                settings.Add(args[i]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i]] = "";
            }
            else
            {
                words.Add(args[i]);
            }
        }

        return new CommandLine(words, options, settings.ToArray());
    }

    /// <summary>The site's services with its configuration, the default network's database up to date, no web server.</summary>
    public static async Task<WebApplication> StartAsync(string[] settings)
    {
        var builder = WebApplication.CreateBuilder(settings);
        builder.AddSiecCmsServices();
        var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().InitializeAsync();
        app.Services.GetRequiredService<TenantShells>().MarkMigrated(TenantSettings.DefaultName);
        return app;
    }
}
