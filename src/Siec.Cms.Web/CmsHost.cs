using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Events;
using Siec.Cms.Admin;
using Siec.Cms.Core;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Mail;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Privacy;
using Siec.Cms.Core.Setup;
using Siec.Cms.Core.Tenancy;
using Siec.Cms.Web.Setup;
using Siec.Cms.Web.Tenancy;
using Siec.Network;
using Siec.Network.Site;

namespace Siec.Cms.Web;

/// <summary>The composition root: the engine, the network module, setup and health, nothing else.</summary>
public static class CmsHost
{
    /// <summary>
    /// SQLite's async calls complete synchronously, each holding a pool thread while it reads; with the default minimum
    /// (one thread a core) a burst of signed-in readers would starve the pool and make even cached pages wait for the
    /// slow thread injection. Threads are cheap next to that.
    /// </summary>
    private const int MinimumPoolThreads = 64;

    private const string ReadyTag = "ready";

    /// <summary>Five minutes of waiting for the database at start, five seconds apart.</summary>
    private const int StartAttempts = 60;

    /// <summary>Serilog's default line with the node's name, so the logs of several nodes can be read together.</summary>
    private const string LogLine = "[{Timestamp:HH:mm:ss} {Level:u3}] [{Node}] {Message:lj}{NewLine}{Exception}";

    public static void AddSiecCmsServices(this IHostApplicationBuilder builder)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumPoolThreads), io);
        builder.Services.AddSiecCms(builder.Configuration, builder.Environment.ContentRootPath);
        var options = CmsOptions.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSerilog(log => log
            .Enrich.WithProperty("Node", options.NodeName)
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .WriteTo.Console(outputTemplate: LogLine)
            .WriteTo.File(Path.Combine(options.LogsPath, "siec-.log"), outputTemplate: LogLine, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31),
            // Each host its own logger: with the static one, two hosts in one process (the tests) wrote to each other's files.
            preserveStaticLogger: true);
        builder.AddSiecTelemetry(options);
        builder.Services.AddSiecNetwork();
        builder.Services.AddRateLimiter(RateLimits.RefuseInPolish);
        builder.Services.AddSiecForms(builder.Configuration.GetValue("Cms:Forms:SubmissionsPerMinute", 5));
        builder.Services.Configure<ThemeOptions>(o => o.ThemePath = ThemeLocator.Find(builder.Configuration, builder.Environment.ContentRootPath));
        builder.Services.Configure<SetupOptions>(builder.Configuration.GetSection("Cms:Setup"));
        builder.Services.AddScoped<SetupOptionsResolver>();
        // No locking: pages that turn out not to be cacheable (forms with a token) must not queue behind each other.
        builder.Services.AddOutputCache(o => o.AddPolicy(SiteEndpoints.CachePolicy, p => p.Tag(CacheSections.Everything).AddPolicy<UnsectionedPagePolicy>().Expire(CacheSections.Lifetime).SetLocking(false)));
        builder.Services.AddScoped<ICommitListener, OutputCacheInvalidator>();
        builder.Services.AddSiecAdmin(builder.Configuration.GetValue("Cms:Admin:LoginAttemptsPerMinute", 10));
        // Polish letters are written as they are, not as numeric entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddExceptionHandler<DatabaseUnavailable>();
        var health = builder.Services.AddHealthChecks()
            .AddCheck<SiteReadyHealthCheck>("site", HealthStatus.Unhealthy)
            .AddCheck<DatabaseReadyCheck>("database", HealthStatus.Unhealthy, [ReadyTag]);
        if (options.SharedMode)
        {
            health.AddCheck<RedisReadyCheck>("redis", HealthStatus.Unhealthy, [ReadyTag]);
        }
    }

    /// <summary>Migrates the schema, runs module migrations, and sets the site up when the configuration says how.</summary>
    public static async Task InitializeSiteAsync(this WebApplication app)
    {
        // A node started while the database is away (or swamped) waits for it rather than dying.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InitializeOnceAsync(app);
                return;
            }
            catch (Exception e) when (DatabaseUnavailable.IsUnreachable(e) && attempt < StartAttempts)
            {
                app.Logger.LogWarning("Baza danych niedostępna przy starcie ({Error}); próba {Attempt} z {Attempts}, następna za 5 s.", e.Message, attempt, StartAttempts);
                await Task.Delay(TimeSpan.FromSeconds(5));
            }
        }
    }

    private static async Task InitializeOnceAsync(WebApplication app)
    {
        // Nodes starting together take turns: the first migrates and sets up, the others find it done.
        await using var initializing = await app.Services.GetRequiredService<ClusterLocks>().AcquireAsync("site-initialization", TimeSpan.FromMinutes(30));
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SiteInitializer>().InitializeAsync();
        app.Services.GetRequiredService<TenantShells>().MarkMigrated(TenantSettings.DefaultName);
        var resolver = scope.ServiceProvider.GetRequiredService<SetupOptionsResolver>();
        var setup = scope.ServiceProvider.GetRequiredService<SetupService>();
        if (resolver.AutomaticRequest() is { } request && !await setup.IsSetUpAsync())
        {
            var errors = await setup.SetupAsync(request);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("Automatyczna konfiguracja strony nie powiodła się: " + string.Join(" ", errors));
            }

            app.Logger.LogInformation("Strona skonfigurowana automatycznie; administrator: {User}", request.AdminUserName);
        }
    }

    public static void UseSiecCms(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        var theme = app.Services.GetRequiredService<IOptions<ThemeOptions>>().Value;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(theme.AssetsPath), RequestPath = "/theme" });
        // The theme's files are every network's; everything after this reads the network of the request's host.
        app.UseMiddleware<TenantMiddleware>();
        app.UseMiddleware<MediaAccessMiddleware>();
        // Routing after static files: the catch-all item route would otherwise claim /theme and /media.
        app.UseRouting();
        app.MapHealthChecks("/health");
        // Live: the process answers. Ready: the database (with every migration) and Redis answer; a balancer sends
        // requests only to ready nodes.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        app.UseMiddleware<SetupRedirectMiddleware>();
        app.UseMiddleware<PublicAddressMiddleware>();
        app.UseSiecAdmin();
        // In Development a template edit shows at once; elsewhere pages are cached until content changes.
        if (!app.Environment.IsDevelopment())
        {
            app.UseOutputCacheMetrics();
            app.UseOutputCache();
            app.UseMiddleware<MemberPageCache>();
        }

        // After the output cache: a network on a path has its pages cached with their links already under its path.
        app.UseMiddleware<PrefixedPages>();
        // After the output cache too: a cached page needs no connection.
        app.UseMiddleware<RequestConnection>();
        app.MapRazorPages();
        app.MapAdminAssets();
        app.MapForms();
        app.MapSiecNetwork();
    }
}
