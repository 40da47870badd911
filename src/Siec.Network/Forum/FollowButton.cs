using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Participation;

namespace Siec.Network.Forum;

/// <summary>
/// The "Obserwuj" button (<c>_Follow</c>) of what a page shows (<see cref="FollowTargets"/>): the member's own part of
/// a page otherwise the same for every member, so it is rendered for each request (<see cref="MemberHoles"/>).
/// </summary>
public sealed class FollowButton(UserContentLinks links, IAntiforgery antiforgery, ContentDisplay display) : IMemberHole
{
    private const string HoleKind = "follow";

    public string Kind => HoleKind;

    /// <summary>The button for a signed-in member (null for a reader), as the page model's <c>FollowButton</c>.</summary>
    public static async Task<string?> ForAsync(HttpContext http, string targetId) =>
        http.User.Identity?.IsAuthenticated == true ? await MemberHoles.RenderAsync(http, HoleKind, targetId) : null;

    public async Task<string> RenderAsync(HttpContext http, string argument)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return "";
        }

        var tokens = http.PrivateTokens(antiforgery);
        var member = new Dictionary<string, object?>
        {
            ["TokenName"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken,
            ["Following"] = await links.GetAsync(ForumLinks.Follow, userId, argument) is not null,
        };
        return await display.RenderPartialAsync("_Follow", new Dictionary<string, object?> { ["member"] = member, ["id"] = argument });
    }
}
