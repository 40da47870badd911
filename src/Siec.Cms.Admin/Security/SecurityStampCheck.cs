using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Security;

/// <summary>
/// Checks every signed-in request's cookie with one indexed query: the security stamp it was issued with must still
/// be the account's. A changed password, changed roles, a disabled or erased account all change the stamp, so the
/// old cookie stops at the next request, without rebuilding the principal and reissuing the cookie on every request
/// as Identity's validator does when told to check every time.
/// The cookie also names the network it was issued by: another network's cookie (same keys, same account id by
/// chance or by copy) is refused before any lookup.
/// </summary>
public static class SecurityStampCheck
{
    public const string TenantClaim = "siec:tenant";

    // Compiled once: the check runs on every signed-in request, and translating its expression each time cost as much as the query.
    private static readonly CompiledPerModel<Func<CmsDbContext, string, Task<string?>>> StampOf =
        new(() => EF.CompileAsyncQuery((CmsDbContext db, string userId) => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefault()));

    public static Task MarkTenantAsync(CookieSigningInContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<CurrentTenant>().Name;
        (context.Principal?.Identity as ClaimsIdentity)?.AddClaim(new Claim(TenantClaim, tenant));
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<CurrentTenant>().Name;
        if (context.Principal?.FindFirstValue(TenantClaim) != tenant)
        {
            context.RejectPrincipal();
            return;
        }

        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        var db = context.HttpContext.RequestServices.GetRequiredService<CmsDbContext>();
        var current = userId is null ? null : await StampOf.For(db)(db, userId);
        if (stamp is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
