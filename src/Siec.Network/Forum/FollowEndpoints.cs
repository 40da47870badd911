using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Forum;

/// <summary>"Obserwuj" on a topic, a category, the forum or the blog, and the one-click way out that every notification carries.</summary>
public static class FollowEndpoints
{
    public static IEndpointRouteBuilder MapFollowing(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/obserwuj", FollowAsync).DisableAntiforgery();
        routes.MapGet("/obserwuj/wypisz/{token}", UnsubscribeAsync);
        return routes;
    }

    private static async Task<IResult> FollowAsync(HttpContext http, UserContentLinks links, ContentQuery query, IAntiforgery antiforgery, Transactions transactions)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var item = await query.GetAsync(form["id"].ToString());
        if (item?.ContentType is not (ContentTypes.ForumTopic or ContentTypes.ForumCategory or ContentTypes.Blog or ContentTypes.Forum))
        {
            return Results.NotFound();
        }

        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await transactions.RunAsync(async () =>
        {
            if (form["akcja"] == "przestan")
            {
                await links.RemoveAsync(ForumLinks.Follow, userId, item.ContentItemId);
            }
            else
            {
                await links.SetAsync(ForumLinks.Follow, userId, item.ContentItemId, withToken: true);
            }
        });
        return Results.Redirect(PathOf(item));
    }

    /// <summary>One link in every notification stops them, with no sign-in: the token is the follow link's secret.</summary>
    private static async Task<IResult> UnsubscribeAsync(string token, HttpContext http, UserContentLinks links, ContentQuery query, SitePages pages, Transactions transactions)
    {
        var link = await links.ByTokenAsync(token);
        var item = link?.Kind == ForumLinks.Follow ? await query.GetAsync(link.ContentItemId) : null;
        if (link is not null && link.Kind == ForumLinks.Follow)
        {
            await transactions.RunAsync(() => links.RemoveAsync(ForumLinks.Follow, link.UserId, link.ContentItemId));
        }

        return await pages.TemplateAsync(http, "Message", new Dictionary<string, object?>
        {
            ["Title"] = link is null ? "Odnośnik nieważny" : "Wypisano",
            ["Text"] = link is null ? "Ten odnośnik już nie działa – zapewne wypisano się wcześniej." : $"Nie będziesz już dostawać wiadomości o nowych wpisach w „{item?.DisplayText}”.",
        }, new PageMeta("Powiadomienia"), link is null ? 404 : 200);
    }

    private static string PathOf(ContentItem item) => item.Url ?? "/";
}
