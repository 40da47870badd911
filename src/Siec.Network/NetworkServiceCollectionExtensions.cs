using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Core;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Privacy;
using Siec.Network.Blog;
using Siec.Network.Forum;
using Siec.Network.Joining;
using Siec.Network.Materials;
using Siec.Network.Members;
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
        services.AddScoped<ForumNotifications>();
        services.AddScoped<IContentHandler>(sp => sp.GetRequiredService<ForumNotifications>());
        services.AddScoped<ForumPosting>();
        services.AddScoped<ForumModeration>();
        services.AddScoped<ForumView>();
        services.AddScoped<ForumDigest>();
        services.AddScoped<ForumPage>();
        services.AddScoped<WorkshopRegistrations>();
        services.AddScoped<WorkshopSignup>();
        services.AddScoped<PublicUrl>();
        services.AddHttpContextAccessor();
        services.AddOptions<ForumOptions>().BindConfiguration("Cms:Forum");
        // New topics and replies are limited per member (by account, not address: members share library networks).
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ForumOptions>>((o, forum) =>
            o.AddPolicy(ParticipationEndpoints.PostingRateLimit, http => RateLimits.PerMinute(http.User.Identity?.Name ?? "anonim", forum.Value.PostsPerMinute)));
        services.AddContentHandler<WorkshopHandler>();
        services.AddContentHandler<MaterialHandler>();
        services.AddScoped<ThematicAreas>();
        services.AddScoped<ContentLists>();
        services.AddScoped<SitePages>();
        return services;
    }
}
