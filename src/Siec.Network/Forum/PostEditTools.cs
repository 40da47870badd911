using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;

namespace Siec.Network.Forum;

/// <summary>
/// "Edytuj" under a member's own post while they may still correct it (<c>_PostEdit</c>): their own part of a forum
/// page otherwise the same for every member (<see cref="MemberHoles"/>). Only the posts the member may edit are read.
/// </summary>
public sealed class PostEditTools(ForumPosting posting, ContentQuery query, IAntiforgery antiforgery, ContentDisplay display) : IMemberHole
{
    private const string HoleKind = "forum-edit";

    public string Kind => HoleKind;

    /// <summary>The edit form's place under the post, for a signed-in member (null for a reader).</summary>
    public static async Task<string?> ForAsync(HttpContext http, ContentItem post) =>
        http.User.Identity?.IsAuthenticated == true
            ? await MemberHoles.RenderAsync(http, HoleKind, HoleArguments.Write(post.ContentItemId, post.Owner ?? "", (post.CreatedUtc ?? DateTime.MinValue).Ticks.ToString(CultureInfo.InvariantCulture)))
            : null;

    /// <param name="argument">The post's id, its owner's and the ticks of its creation.</param>
    public async Task<string> RenderAsync(HttpContext http, string argument)
    {
        if (HoleArguments.Read(argument) is not [var id, var owner, var ticks]
            || !posting.MayEdit(http.User, owner, new DateTime(long.Parse(ticks, CultureInfo.InvariantCulture), DateTimeKind.Utc))
            || await query.GetAsync(id, VersionOptions.Latest) is not { } post)
        {
            return "";
        }

        var (fieldName, token) = http.MemberFormToken(antiforgery);
        var member = new Dictionary<string, object?> { ["TokenName"] = fieldName, ["Token"] = token };
        return await display.RenderPartialAsync("_PostEdit", new Dictionary<string, object?> { ["member"] = member, ["post"] = LiquidModel.From(post) });
    }
}
