using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Pages;

/// <summary>"Forgot password": mails a link when the address has an account; the answer is the same either way.</summary>
public sealed class ForgotPasswordModel(UserManager<IdentityUser> users, PasswordLinks links, PublicAddress address) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email.Trim());
        if (user is not null && user.LockoutEnd != DateTimeOffset.MaxValue)
        {
            await links.MailAsync(user, await address.BaseUrlAsync());
        }

        Sent = true;
        return Page();
    }
}
