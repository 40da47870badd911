using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.Cluster;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.DataMigrations;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Indexing;
using Siec.Cms.Core.Mail;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Metadata;
using Siec.Cms.Core.Participation;
using Siec.Cms.Core.Parts;
using Siec.Cms.Core.Privacy;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Recipes.Export;
using Siec.Cms.Core.Recipes.Steps;
using Siec.Cms.Core.Search;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Settings;
using Siec.Cms.Core.Setup;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Core;

/// <summary>Registers the engine; modules add their migrations, handlers and steps with the helpers below.</summary>
public static class CmsServiceCollectionExtensions
{
    public static IServiceCollection AddSiecCms(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = CmsOptions.FromConfiguration(configuration, contentRoot);
        // The options as read and checked once (data path made absolute), not a copy kept property by property.
        services.AddSingleton(Options.Create(options));

        AddDatabase(services, options);
        services.AddTenancy(configuration);
        services.AddCluster(options);
        services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // ASVS 2.1.1: at least 12 characters.
                o.Password.RequiredLength = 12;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<PolishIdentityErrorDescriber>()
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddDefaultTokenProviders();

        services.Configure<DataProtectionTokenProviderOptions>(o =>
            o.TokenLifespan = TimeSpan.FromHours(Math.Clamp(configuration.GetValue("Cms:Accounts:PasswordLinkHours", 24), 1, 24)));
        services.AddScoped<PasswordLinks>();
        services.Configure<AccountOptions>(configuration.GetSection("Cms:Accounts"));
        services.AddScoped<PersonalData>();
        services.AddHostedService<RetentionService>();
        services.AddScoped<UserContentLinks>();
        services.AddSingleton<IClock, SystemClock>();
        services.AddScoped<DocumentStore>();
        services.AddScoped<PublicAddress>();
        services.AddScoped<Transactions>();
        services.AddScoped<Counters>();
        services.AddScoped<ContentUser>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<ContentManager>();
        services.AddScoped<ContentQuery>();
        services.AddScoped<ContentLookup>();
        services.AddScoped<ListQuery>();
        services.AddScoped<ContentScheduler>();
        services.AddHostedService<ScheduledPublishingService>();
        services.AddScoped<ContentIndexer>();
        services.AddScoped<ListIndexer>();
        services.AddScoped<ICommittingWork>(sp => sp.GetRequiredService<ListIndexer>());
        services.AddScoped<AuditTrail>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<ReviewDecisions>();
        services.AddOptions<CacheSectionOptions>();
        services.AddScoped<ChangedSections>();
        services.AddScoped<IContentHandler>(sp => sp.GetRequiredService<ChangedSections>());
        services.AddScoped<AutoroutePatternRenderer>();
        services.AddScoped<DataMigrationManager>();
        services.AddScoped<RoleService>();
        services.AddScoped<PermissionChecker>();
        services.AddScoped<MediaStore>();
        if (options.Media.UsesDatabase)
        {
            services.AddScoped<IMediaBlobs, DatabaseMediaBlobs>();
        }
        else
        {
            services.AddScoped<IMediaBlobs, FileSystemMediaBlobs>();
        }

        services.AddScoped<MediaUsage>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<RecipeExporter>();
        services.AddSingleton<RecipeFolder>();
        services.AddScoped<RecipeParameters>();
        services.AddScoped<SetupService>();
        services.AddScoped<SiteInitializer>();
        services.AddSingleton<FeatureCatalog>();
        services.AddSingleton<IResponsiveImages, ResponsiveImages>();
        services.AddSingleton<SafeHtml>();
        services.AddSingleton<PolishStemmer>();
        services.AddHostedService<DictionaryWarmUp>();
        services.AddScoped<SearchIndexRebuild>();
        services.AddScoped<DateTimeFieldBackfill>();
        services.AddSingleton<LiquidFilters>();
        services.AddSingleton<LiquidTemplates>();
        services.AddScoped<MainMenu>();
        services.AddScoped<ContentDisplay>();
        services.Configure<MailOptions>(configuration.GetSection("Cms:Mail"));
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailTemplates>();
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxSender>();
        services.AddScoped<ICommitListener, OutboxSignal.OnCommit>();
        services.AddFeature("Siec.Cms");

        services.AddContentHandler<IndexingHandler>();
        services.AddContentHandler<AuditTrailHandler>();
        services.AddContentHandler<TitlePartHandler>();
        services.AddContentHandler<AutoroutePartHandler>();
        services.AddContentHandler<ContainedPartHandler>();
        services.AddContentHandler<ContentFieldsHandler>();
        services.AddDataMigration<GenericTypesMigrations>();

        services.AddRecipeStep<FeatureStep>();
        services.AddRecipeStep<ThemesStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<ContentDefinitionStep>();
        services.AddRecipeStep<ReplaceContentDefinitionStep>();
        services.AddRecipeStep<DeleteContentDefinitionStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeStep<MediaStep>();
        services.AddRecipeStep<TemplatesStep>();
        services.AddRecipeStep<AdminTemplatesStep>();
        return services;
    }

    public static IServiceCollection AddFeature(this IServiceCollection services, string id) =>
        services.AddSingleton(new FeatureId(id));

    public static IServiceCollection AddContentHandler<T>(this IServiceCollection services) where T : class, IContentHandler =>
        services.AddScoped<IContentHandler, T>();

    public static IServiceCollection AddDataMigration<T>(this IServiceCollection services) where T : DataMigration =>
        services.AddScoped<DataMigration, T>();

    public static IServiceCollection AddRecipeStep<T>(this IServiceCollection services) where T : class, IRecipeStep =>
        services.AddScoped<IRecipeStep, T>();

    private static void AddDatabase(IServiceCollection services, CmsOptions options)
    {
        if (options.UsesPostgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("Cms:DatabaseProvider to Postgres, ale brak ConnectionStrings:Cms.");
            }

            services.AddPooledDbContextFactory<PostgresCmsDbContext>((sp, o) => o.UseNpgsql().AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddScoped<CmsDbContext>(ForTenant<PostgresCmsDbContext>);
            services.AddScoped<ISearchIndex, PostgresSearchIndex>();
        }
        else
        {
            // Interceptors the host registers (tracing, or a test counting statements) see every command. Connections
            // are pooled: opening one reads the schema again, which cost a signed-in page ~10 ms of lookups.
            services.AddPooledDbContextFactory<SqliteCmsDbContext>((sp, o) => o.UseSqlite().AddInterceptors([SqlitePragmas.Instance, .. sp.GetServices<IInterceptor>()]));
            services.AddScoped<CmsDbContext>(ForTenant<SqliteCmsDbContext>);
            services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        }
    }

    /// <summary>
    /// The request's context, taken from the pool (making one for each request was a third of a signed-in page's
    /// sign-in check) and pointed at the request's network: networks differ only by their connection string. It is
    /// registered under one service type only: the scope disposes what each registration returns, and a context
    /// disposed twice goes back to the pool twice, to be handed to two requests at once.
    /// </summary>
    private static T ForTenant<T>(IServiceProvider services) where T : CmsDbContext
    {
        var db = services.GetRequiredService<IDbContextFactory<T>>().CreateDbContext();
        db.Database.SetConnectionString(services.GetRequiredService<CurrentTenant>().ConnectionString);
        return db;
    }
}
