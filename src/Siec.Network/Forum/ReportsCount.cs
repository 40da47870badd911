using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Admin.Navigation;
using Siec.Cms.Core.Data;
using Siec.Network.Common;

namespace Siec.Network.Forum;

/// <summary>Reported posts waiting for a moderator, beside "Zgłoszone wpisy", for who may moderate.</summary>
public sealed class ReportsCount(CmsDbContext db, ForumPosting posting) : IAdminMenuCount
{
    public string Url => "/Admin/Reports";

    public async Task<int> CountAsync(ClaimsPrincipal user) =>
        await posting.IsModeratorAsync(user)
            ? await db.UserContentLinks.Where(l => l.Kind == ForumLinks.Report).Select(l => l.ContentItemId).Distinct().CountAsync()
            : 0;
}
