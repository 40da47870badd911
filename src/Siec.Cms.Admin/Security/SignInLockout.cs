using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Mail;

namespace Siec.Cms.Admin.Security;

/// <summary>
/// Wrong passwords lock an account briefly, then longer each time (1, 2, 4 ... up to 60 minutes), and the owner is
/// told by mail: a stranger cannot keep the administrator out for long, and the owner learns someone tried.
/// </summary>
public sealed class SignInLockout(UserManager<IdentityUser> users, Counters counters, MailOutbox outbox, Transactions transactions, PublicAddress address, IClock clock)
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(60);

    /// <summary>Called after a failed sign-in that has just locked the account: lengthens the lock and mails the owner.</summary>
    /// <returns>How long the account stays locked.</returns>
    public async Task<TimeSpan> LockedAsync(IdentityUser user)
    {
        var key = $"lockouts:{user.Id}";
        var duration = await transactions.RunAsync(async () =>
        {
            await counters.IncrementAsync(key);
            var count = await counters.GetAsync(key);
            var minutes = TimeSpan.FromMinutes(Math.Pow(2, Math.Min(count - 1, 10)));
            var lockFor = minutes < Longest ? minutes : Longest;
            if (user.Email is { } email)
            {
                await outbox.EnqueueAsync("AccountLocked", email, new Dictionary<string, object?>
                {
                    ["UserName"] = user.UserName, ["Minutes"] = (int)lockFor.TotalMinutes, ["BaseUrl"] = await address.BaseUrlAsync(),
                }, $"account-locked:{user.Id}:{count}", user.Id);
            }

            return lockFor;
        });
        await users.SetLockoutEndDateAsync(user, clock.UtcNow + duration);
        return duration;
    }

    /// <summary>A successful sign-in starts the progression again.</summary>
    public Task SignedInAsync(IdentityUser user) => counters.ResetAsync($"lockouts:{user.Id}");
}
