using System.Security.Claims;

namespace Siec.Cms.Admin.Navigation;

/// <summary>A block a module adds to the admin's dashboard (what waits, what happened lately), for the signed-in user.</summary>
public interface IDashboardCard
{
    /// <returns>The card, or null when this user has nothing to see in it.</returns>
    Task<DashboardCard?> BuildAsync(ClaimsPrincipal user);
}
