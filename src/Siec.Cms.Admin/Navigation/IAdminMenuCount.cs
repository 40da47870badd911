using System.Security.Claims;

namespace Siec.Cms.Admin.Navigation;

/// <summary>How many things wait for the user behind a menu link (drafts to review, reports, applications): shown beside it.</summary>
public interface IAdminMenuCount
{
    /// <summary>The menu link's address the count belongs to.</summary>
    string Url { get; }

    /// <summary>The number waiting for this user; 0 hides the count.</summary>
    Task<int> CountAsync(ClaimsPrincipal user);
}
