using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Forum;

/// <summary>"Obserwuj" on whatever <see cref="FollowTargets"/> allows, and the one-click way out that every notification carries.</summary>
public static class FollowEndpoints
{
    public static IEndpointRouteBuilder MapFollowing(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/obserwuj", FollowAsync).DisableAntiforgery();
        routes.MapGet("/obserwuj/wypisz/{token}", ConfirmUnsubscribeAsync);
        // No antiforgery token: mail programs post here for RFC 8058 one-click unsubscribe, and the token in the address is the secret.
        routes.MapPost("/obserwuj/wypisz/{token}", UnsubscribeAsync).DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> FollowAsync(HttpContext http, UserContentLinks links, FollowTargets targets, IAntiforgery antiforgery, Transactions transactions)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        if (await targets.FindAsync(form["id"].ToString()) is not { } target)
        {
            return Results.NotFound();
        }

        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await transactions.RunAsync(async () =>
        {
            if (form["akcja"] == "przestan")
            {
                await links.RemoveAsync(ForumLinks.Follow, userId, target.Id);
            }
            else
            {
                await links.SetAsync(ForumLinks.Follow, userId, target.Id, withToken: true);
            }
        });
        return Results.Redirect(target.Path);
    }

    /// <summary>
    /// The link in every notification asks first: opening it changes nothing (mail scanners open links), the button
    /// posts; no sign-in is needed, the token is the follow link's secret.
    /// </summary>
    private static async Task<IResult> ConfirmUnsubscribeAsync(string token, HttpContext http, UserContentLinks links, FollowTargets targets, SitePages pages, IAntiforgery antiforgery)
    {
        var link = await links.ByTokenAsync(token);
        if (link?.Kind != ForumLinks.Follow)
        {
            return await InvalidAsync(http, pages);
        }

        var target = await targets.FindAsync(link.ContentItemId);
        var tokens = http.PrivateTokens(antiforgery);
        return await pages.TemplateAsync(http, "Message", new Dictionary<string, object?>
        {
            ["Title"] = "Wypisać się?",
            ["Text"] = $"Czy na pewno nie chcesz już dostawać wiadomości o nowych wpisach w „{target?.Name}”?",
            ["Confirm"] = "Tak, wypisz mnie",
            ["TokenName"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken,
        }, new PageMeta("Powiadomienia"));
    }

    private static async Task<IResult> UnsubscribeAsync(string token, HttpContext http, UserContentLinks links, FollowTargets targets, SitePages pages, Transactions transactions)
    {
        var link = await links.ByTokenAsync(token);
        if (link?.Kind != ForumLinks.Follow)
        {
            return await InvalidAsync(http, pages);
        }

        var target = await targets.FindAsync(link.ContentItemId);
        await transactions.RunAsync(() => links.RemoveAsync(ForumLinks.Follow, link.UserId, link.ContentItemId));

        return await pages.TemplateAsync(http, "Message", new Dictionary<string, object?>
        {
            ["Title"] = "Wypisano",
            ["Text"] = $"Nie będziesz już dostawać wiadomości o nowych wpisach w „{target?.Name}”.",
        }, new PageMeta("Powiadomienia"));
    }

    private static Task<IResult> InvalidAsync(HttpContext http, SitePages pages) =>
        pages.TemplateAsync(http, "Message", new Dictionary<string, object?>
        {
            ["Title"] = "Odnośnik nieważny",
            ["Text"] = "Ten odnośnik już nie działa – zapewne wypisano się wcześniej.",
        }, new PageMeta("Powiadomienia"), 404);
}
