using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>Members as approval leaves them: a Member account with a profile that says how they want their mail.</summary>
public static class ForumMembers
{
    public static async Task<string> CreateAsync(SiteFactory site, string name, string notifications = "kazdy")
    {
        await MailSites.UserAsync(site, name, "Member");
        using var scope = site.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(name))!;
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var profile = await content.NewAsync("MemberProfile");
        profile.Owner = user.Id;
        profile.GetOrCreatePart("TitlePart")["Title"] = name;
        profile.GetOrCreatePart("MemberProfile")["EmailNotifications"] = new JsonObject { ["Text"] = notifications };
        await content.CreateAsync(profile, publish: true);
        return name;
    }
}
