using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Admin.Navigation;
using Siec.Cms.Admin.Security;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin;

/// <summary>The admin: Identity sign-in with lockout, a rate-limited login, and /Admin open only to AccessAdminPanel.</summary>
public static class AdminServiceCollectionExtensions
{
    public const string AdminPolicy = "AccessAdminPanel";
    public const string LoginRateLimit = "login";

    /// <summary>The admin's own menu, by group; modules add theirs to these groups or their own.</summary>
    private static readonly (string Text, string Url, int Position, string Group)[] CoreMenu =
    [
        ("Pulpit", "/Admin", 10, AdminMenuGroups.Content), ("Wszystkie treści", "/Admin/Content", 20, AdminMenuGroups.Content),
        ("Do akceptacji", "/Admin/Review", 30, AdminMenuGroups.Content), ("Dziennik zmian", "/Admin/Audit", 90, AdminMenuGroups.Content),
        ("Zgłoszenia", "/Admin/Submissions", 40, AdminMenuGroups.Members), ("Użytkownicy", "/Admin/Users", 60, AdminMenuGroups.Members),
        ("Role", "/Admin/Roles", 70, AdminMenuGroups.Members), ("Biblioteka mediów", "/Admin/Media", 50, AdminMenuGroups.Media),
        ("Ustawienia strony", "/Admin/Settings", 85, AdminMenuGroups.Settings), ("Receptury", "/Admin/Recipes", 80, AdminMenuGroups.Settings), ("Szablony", "/Admin/Templates", 87, AdminMenuGroups.Settings),
    ];

    /// <param name="loginAttemptsPerMinute">Sign-in attempts (POSTs) allowed per client address and minute.</param>
    public static IServiceCollection AddSiecAdmin(this IServiceCollection services, int loginAttemptsPerMinute = 10)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Login";
            o.LogoutPath = "/Logout";
            o.AccessDeniedPath = "/Login";
            o.Cookie.Name = "siec.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.CookieManager = new TenantCookieManager();
            // The cookie's security stamp is checked on every request: a disabled, erased or re-roled account, or one
            // whose password changed, is signed out at once rather than when its 14-day cookie ends.
            o.Events.OnValidatePrincipal = SecurityStampCheck.ValidateAsync;
            o.Events.OnSigningIn = SecurityStampCheck.MarkTenantAsync;
        });
        services.AddIdentityCore<IdentityUser>().AddSignInManager();
        services.Configure<IdentityOptions>(o =>
        {
            o.Lockout.MaxFailedAccessAttempts = 5;
            // The first lock is short; SignInLockout lengthens the next ones and tells the owner.
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(1);
            o.Lockout.AllowedForNewUsers = true;
        });
        services.AddScoped<Editors.ContentEditor>();
        services.AddScoped<SignInLockout>();
        services.AddScoped<Platform.PlatformPass>();
        services.AddScoped<Platform.PlatformAccounts>();
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>();
        // One editor per part and per field kind, as Orchard Core's display drivers; each finds its editor by name.
        foreach (var editor in typeof(Editors.ContentEditor).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var role in editor.GetInterfaces().Where(i => i == typeof(Editors.IPartEditor) || i == typeof(Editors.IFieldEditor)))
            {
                services.AddScoped(role, editor);
            }
        }
        foreach (var (text, url, position, group) in CoreMenu)
        {
            services.AddAdminMenuItem(text, url, position, group);
        }

        services.AddSingleton(new AdminMenuItem("Sieci", "/Admin/Sieci", 10, AdminMenuGroups.Platform, Platform: true));

        services.AddSingleton<Recipes.RecipeJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<Recipes.RecipeJobs>());
        services.AddAdminMenuCount<ReviewCount>();
        services.AddAdminMenuCount<PendingSubmissionsCount>();

        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization(o => o.AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement("AccessAdminPanel"))));
        services.AddRateLimiter(o => o.AddPolicy(LoginRateLimit, http => HttpMethods.IsPost(http.Request.Method)
            ? RateLimits.PerMinute(http, LoginRateLimit, RateLimits.Address(http), loginAttemptsPerMinute)
            : RateLimitPartition.GetNoLimiter("page")));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            o.Conventions.AuthorizeFolder("/Konto");
            foreach (var page in new[] { "/Login", "/ForgotPassword", "/SetPassword" })
            {
                o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(LoginRateLimit)));
            }
        });
        return services;
    }

    public static void UseSiecAdmin(this WebApplication app)
    {
        // After authentication, so limits per member (forum posting) see who is signed in.
        app.UseAuthentication();
        app.UseRateLimiter();
        // Whoever is signed in owns what they create and authors what they save.
        app.Use(async (http, next) =>
        {
            var user = http.RequestServices.GetRequiredService<ContentUser>();
            user.UserId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
            user.UserName = http.User.Identity?.Name;
            await next();
        });
        app.UseAuthorization();
    }
}
