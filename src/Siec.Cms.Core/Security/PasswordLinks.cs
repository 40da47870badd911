using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Mail;

namespace Siec.Cms.Core.Security;

/// <summary>
/// Links to choose a password: an Identity reset token (expires after <c>Cms:Accounts:PasswordLinkHours</c>, used
/// once, void when the password changes), for new members and for "forgot password" alike.
/// </summary>
public sealed class PasswordLinks(UserManager<IdentityUser> users, MailOutbox outbox, Transactions transactions, IClock clock)
{
    public const string Path = "/ustaw-haslo";

    public async Task<string> CreateAsync(IdentityUser user, string baseUrl)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{baseUrl.TrimEnd('/')}{Path}?u={Uri.EscapeDataString(user.Id)}&t={Uri.EscapeDataString(token)}";
    }

    /// <summary>Queues the "set a new password" mail to the user's address.</summary>
    public Task MailAsync(IdentityUser user, string baseUrl) => transactions.RunAsync(async () =>
    {
        var model = new Dictionary<string, object?> { ["UserName"] = user.UserName, ["PasswordLink"] = await CreateAsync(user, baseUrl) };
        await outbox.EnqueueAsync("PasswordReset", user.Email!, model, $"password-reset:{user.Id}:{clock.UtcNow.Ticks}", user.Id);
    });
}
