using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core;
using Siec.Network.Blog;
using Siec.Network.Forum;
using Siec.Network.Joining;
using Siec.Network.Members;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Privacy;
using Siec.Network.Materials;
using Siec.Network.Pages;
using Siec.Network.Site;
using Siec.Network.Taxonomies;
using Siec.Network.Workshops;

namespace Siec.Network;

/// <summary>The network module's startup: its content types (as migrations), their rules, and its feature id.</summary>
public static class NetworkServiceCollectionExtensions
{
    public const string FeatureId = "Siec.Network";

    public static IServiceCollection AddSiecNetwork(this IServiceCollection services)
    {
        services.AddFeature(FeatureId);
        services.AddFeature("Siec.Theme");
        services.AddDataMigration<ThematicAreaMigrations>();
        services.AddDataMigration<BlogMigrations>();
        services.AddDataMigration<ForumMigrations>();
        services.AddDataMigration<MaterialMigrations>();
        services.AddDataMigration<WorkshopMigrations>();
        services.AddDataMigration<PageMigrations>();
        services.AddDataMigration<AccessibilityStatementMigrations>();
        services.AddDataMigration<MemberProfileMigrations>();
        services.AddDataMigration<JoinFormMigrations>();
        services.AddScoped<IFormSubmissionHandler, JoinApplications>();
        services.Configure<AccountOptions>(o => o.ProfileType = MemberProfileMigrations.Type);
        services.AddContentHandler<ForumReplyHandler>();
        services.AddContentHandler<WorkshopHandler>();
        services.AddContentHandler<MaterialHandler>();
        services.AddScoped<ThematicAreas>();
        services.AddScoped<ContentLists>();
        services.AddScoped<SitePages>();
        return services;
    }
}
