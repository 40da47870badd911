using Microsoft.AspNetCore.Http;

namespace Siec.Cms.Admin.Platform;

/// <summary>
/// What a network shows a person who arrives with a platform pass but is not yet a member: the module's join form,
/// filled from the platform account, so that joining is one click (the application still goes to the coordinator).
/// </summary>
public interface IPlatformNewcomer
{
    /// <summary>The page's HTML, or null when the network takes no applications.</summary>
    Task<string?> JoinPageAsync(HttpContext http, PlatformIdentity who);
}
