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
/// a page otherwise the same for every member (<see cref="MemberHoles"/>). Both of its forms are rendered with the
/// page; each member's request only reads whether they follow.
/// </summary>
public sealed class FollowButton(UserContentLinks links, IAntiforgery antiforgery, ContentDisplay display) : IMemberHole
{
    private const string HoleKind = "follow";

    public string Kind => HoleKind;

    /// <summary>The button for a signed-in member (null for a reader), as the page model's <c>FollowButton</c>.</summary>
    public async Task<string?> ForAsync(HttpContext http, string targetId)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var (fieldName, token) = http.MemberFormToken(antiforgery);
        var forms = new string[2];
        foreach (var following in new[] { false, true })
        {
            var member = new Dictionary<string, object?> { ["TokenName"] = fieldName, ["Token"] = token, ["Following"] = following };
            forms[following ? 1 : 0] = await display.RenderPartialAsync("_Follow", new Dictionary<string, object?> { ["member"] = member, ["id"] = targetId });
        }

        return await MemberHoles.RenderAsync(http, HoleKind, HoleArguments.Write(targetId, forms[0], forms[1]));
    }

    public IEnumerable<(string Kind, string ContentItemId)> LinksOf(string argument) => [(ForumLinks.Follow, HoleArguments.Read(argument)[0])];

    /// <param name="argument">The target's id, the button to follow it and the button to stop.</param>
    public async Task<string> RenderAsync(HttpContext http, string argument)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || HoleArguments.Read(argument) is not [var targetId, var follow, var stop])
        {
            return "";
        }

        return await links.GetAsync(ForumLinks.Follow, userId, targetId) is null ? follow : stop;
    }
}
