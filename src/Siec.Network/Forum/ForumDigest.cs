using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Mail;
using Siec.Cms.Core.Participation;

namespace Siec.Network.Forum;

/// <summary>
/// The daily digest: one mail per member listing the posts collected for them since the last one. The mail's cause
/// is the member and the day, so a member gets at most one digest a day; what could not go today waits for tomorrow.
/// </summary>
public sealed class ForumDigest(CmsDbContext db, ContentQuery query, ForumNotifications notifications, MailOutbox outbox,
    UserManager<IdentityUser> users, Transactions transactions)
{
    public async Task<int> SendAsync(DateTime nowUtc)
    {
        var day = PolishFormat.ToLocal(nowUtc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sent = 0;
        foreach (var group in (await db.UserContentLinks.AsNoTracking().Where(l => l.Kind == ForumLinks.Digest).OrderBy(l => l.Utc).ToListAsync()).GroupBy(l => l.UserId))
        {
            if (await users.FindByIdAsync(group.Key) is not { Email: { } email } user)
            {
                continue;
            }

            var posts = new List<Dictionary<string, object?>>();
            foreach (var link in group)
            {
                if (await query.GetAsync(link.ContentItemId) is { } post)
                {
                    posts.Add(await notifications.ModelAsync(post));
                }
            }

            var ids = group.Select(l => l.Id).ToList();
            await transactions.RunAsync(async () =>
            {
                if (posts.Count > 0)
                {
                    var model = new Dictionary<string, object?> { ["UserName"] = user.UserName, ["Posts"] = posts, ["BaseUrl"] = posts[0]["BaseUrl"] };
                    if (!await outbox.EnqueueAsync("ForumDigest", email, model, $"digest:{user.Id}:{day}", user.Id))
                    {
                        return;
                    }

                    sent++;
                }

                await db.UserContentLinks.Where(l => ids.Contains(l.Id)).ExecuteDeleteAsync();
            });
        }

        return sent;
    }
}
