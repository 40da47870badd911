using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Admin.Navigation;
using Siec.Cms.Admin.Settings;
using Siec.Cms.Core;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement.Handlers;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Privacy;
using Siec.Network.Blog;
using Siec.Network.Common;
using Siec.Network.Forum;
using Siec.Network.Home;
using Siec.Network.Joining;
using Siec.Network.Materials;
using Siec.Network.Members;
using Siec.Network.Notifications;
using Siec.Network.PageType;
using Siec.Network.Portal;
using Siec.Network.Site;
using Siec.Network.Taxonomies;
using Siec.Network.Workshops;

namespace Siec.Network;

/// <summary>
/// The network module's startup: its feature id, its content types (as migrations), their rules, pages, endpoints and
/// background work. The host names the module once: <c>AddSiecNetwork()</c> and <c>MapSiecNetwork()</c>.
/// </summary>
public static class NetworkModule
{
    public const string FeatureId = "Siec.Network";

    public static IServiceCollection AddSiecNetwork(this IServiceCollection services)
    {
        services.AddFeature(FeatureId);
        services.AddFeature("Siec.Theme");
        services.AddHttpContextAccessor();
        services.AddScoped<SitePages>();
        services.AddSiteSettingField(new SiteSettingField("ModeratorEmail", "E-mail koordynatora sieci",
            "Tu przychodzą wiadomości o wpisach i materiałach czekających na akceptację oraz o nowych zgłoszeniach.", SiteSettingKind.Email, 200));
        services.AddSiteSettingField(new SiteSettingField("FooterText", "Zdanie w stopce",
            "Pokazuje się na dole każdej strony; puste: nazwa sieci i informacja, że prowadzi ją Ośrodek Rozwoju Edukacji."));
        services.AddSiteSettingField(new SiteSettingField("HomeHiddenBlocks", "Ukryj na stronie głównej", "Zaznaczone części nie pokażą się na stronie głównej.", SiteSettingKind.Choices)
        {
            Choices = [("o-sieci", "O sieci"), ("blog", "Z bloga koordynatora"), ("warsztaty", "Warsztaty i spotkania"), ("forum", "Na forum"), ("materialy", "Nowe materiały"), ("obszary", "Obszary tematyczne")],
        });
        services.AddAdminMenuItem("Deklaracja dostępności", "/Admin/Content?type=" + ContentTypes.AccessibilityStatement, 90, AdminMenuGroups.Settings);
        services.Configure<CacheSectionOptions>(SiteSections.Configure);
        services.AddScoped<ItemPage>();
        services.AddScoped<ContentLists>();

        services.AddDataMigration<ThematicAreaMigrations>();
        services.AddScoped<ThematicAreas>();
        services.AddScoped<ISitemapSource, AreaSitemap>();

        services.AddDataMigration<BlogMigrations>();
        services.AddItemPage<BlogItemPage>();

        services.AddForum();

        services.AddMaterials();

        services.AddDataMigration<WorkshopMigrations>();
        services.AddContentHandler<WorkshopHandler>();
        services.AddScoped<WorkshopRegistrations>();
        services.AddScoped<WorkshopSignup>();
        services.AddScoped<IMemberHole>(sp => sp.GetRequiredService<WorkshopSignup>());
        services.AddAdminMenuItem("Warsztaty i spotkania", "/Admin/Content?type=" + ContentTypes.Workshop, 10, AdminMenuGroups.Workshops);
        services.AddScoped<WorkshopLists>();
        services.AddItemPage<WorkshopItemPage>();
        services.AddContentItemAdminLinks<WorkshopAdminLinks>();
        services.AddScoped<ISitemapSource, WorkshopItemPage>();

        services.AddDataMigration<PageMigrations>();
        services.AddDataMigration<AccessibilityStatementMigrations>();

        services.AddDataMigration<MemberProfileMigrations>();
        services.Configure<AccountOptions>(o => o.ProfileType = ContentTypes.MemberProfile);
        services.AddScoped<IReaderVisibility, MemberDirectory>();

        services.AddDataMigration<JoinFormMigrations>();
        services.AddScoped<IFormSubmissionHandler, JoinApplications>();
        services.AddScoped<Siec.Cms.Admin.Platform.IPlatformNewcomer, PlatformJoin>();

        services.AddHostedService<DailyMailService>();

        services.AddScoped<NetworkDirectory>();
        services.AddHostedService<NetworkDirectoryRefresh>();
        return services;
    }

    public static IEndpointRouteBuilder MapSiecNetwork(this IEndpointRouteBuilder routes) => routes
        .MapHome()
        .MapBlog()
        .MapForum()
        .MapMaterials()
        .MapWorkshops()
        .MapMembers()
        .MapAreas()
        .MapPortal()
        .MapSite();

    /// <summary>Registers what a feature adds to its items' pages (see <see cref="IItemPageContributor"/>).</summary>
    public static IServiceCollection AddItemPage<T>(this IServiceCollection services) where T : class, IItemPageContributor =>
        services.AddScoped<IItemPageContributor, T>();

    private static IServiceCollection AddMaterials(this IServiceCollection services)
    {
        services.AddDataMigration<MaterialMigrations>();
        services.AddOptions<MaterialOptions>().BindConfiguration("Cms:Materials");
        services.AddContentHandler<MaterialHandler>();
        services.AddItemPage<MaterialItemPage>();
        services.AddScoped<MaterialTools>();
        services.AddScoped<IMemberHole>(sp => sp.GetRequiredService<MaterialTools>());
        services.AddScoped<ISitemapSource, MaterialItemPage>();
        services.AddScoped<MaterialMails>();
        services.AddScoped<IContentHandler>(sp => sp.GetRequiredService<MaterialMails>());
        services.AddScoped<MaterialSharing>();
        services.AddScoped<MaterialFormPage>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<MaterialOptions>>((o, materials) =>
            o.AddPolicy(MaterialSharingEndpoints.RateLimit, http => RateLimits.PerMinute(http, MaterialSharingEndpoints.RateLimit, http.User.Identity?.Name ?? "anonim", materials.Value.MaterialsPerMinute)));
        return services;
    }

    private static IServiceCollection AddForum(this IServiceCollection services)
    {
        services.AddDataMigration<ForumMigrations>();
        services.AddOptions<ForumOptions>().BindConfiguration("Cms:Forum");
        services.AddContentHandler<ForumReplyHandler>();
        services.AddContentHandler<ForumTopicHandler>();
        services.AddScoped<ForumNotifications>();
        services.AddScoped<FollowTargets>();
        services.AddScoped<FollowButton>();
        services.AddScoped<IMemberHole>(sp => sp.GetRequiredService<FollowButton>());
        services.AddScoped<IMemberHole, PostEditTools>();
        services.AddScoped<UnreadMarkers>();
        services.AddScoped<IMemberHole>(sp => sp.GetRequiredService<UnreadMarkers>());
        services.AddScoped<IContentHandler>(sp => sp.GetRequiredService<ForumNotifications>());
        services.AddScoped<ForumPosting>();
        services.AddScoped<ForumModeration>();
        services.AddScoped<ForumMemberTools>();
        services.AddScoped<ForumDigest>();
        services.AddScoped<ForumStats>();
        services.AddItemPage<ForumItemPage>();
        services.AddScoped<ForumReports>();
        services.AddScoped<IReaderVisibility, HiddenTopicReplies>();
        services.AddAdminMenuItem("Tematy i odpowiedzi", "/Admin/Content?type=" + ContentTypes.ForumTopic, 10, AdminMenuGroups.Forum);
        services.AddAdminMenuItem("Zgłoszone wpisy", "/Admin/Reports", 45, AdminMenuGroups.Forum);
        services.AddAdminMenuCount<ReportsCount>();
        services.AddDashboardCard<ForumActivityCard>();
        // New topics and replies are limited per member (by account, not address: members share library networks).
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ForumOptions>>((o, forum) =>
            o.AddPolicy(ForumEndpoints.PostingRateLimit, http => RateLimits.PerMinute(http, ForumEndpoints.PostingRateLimit, http.User.Identity?.Name ?? "anonim", forum.Value.PostsPerMinute)));
        return services;
    }
}
