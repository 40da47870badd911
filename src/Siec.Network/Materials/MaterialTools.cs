using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Participation;

namespace Siec.Network.Materials;

/// <summary>
/// A signed-in member's own tools under a material (<c>_MaterialTools</c>): "Przydatne" unless they marked it already,
/// and for its author, correcting it. The rest of the page is the same for every member (<see cref="MemberHoles"/>).
/// </summary>
public sealed class MaterialTools(UserContentLinks links, IAntiforgery antiforgery, ContentDisplay display) : IMemberHole
{
    private const string HoleKind = "material-tools";

    public string Kind => HoleKind;

    /// <summary>The tools for a signed-in member (null for a reader), as the page model's <c>MemberTools</c>.</summary>
    public static async Task<string?> ForAsync(HttpContext http, ContentItem material) =>
        http.User.Identity?.IsAuthenticated == true
            ? await MemberHoles.RenderAsync(http, HoleKind, material.ContentItemId + " " + material.Owner)
            : null;

    /// <param name="argument">The material's id and its owner's, separated by a space.</param>
    public async Task<string> RenderAsync(HttpContext http, string argument)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return "";
        }

        var (id, owner) = argument.Split(' ', 2) is [var first, var second] ? (first, second) : (argument, "");
        var tokens = http.PrivateTokens(antiforgery);
        var member = new Dictionary<string, object?>
        {
            ["TokenName"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken,
            ["MarkedUseful"] = await links.GetAsync(MaterialSharingEndpoints.UsefulLink, userId, id) is not null,
            ["IsAuthor"] = owner == userId,
        };
        return await display.RenderPartialAsync("_MaterialTools", new Dictionary<string, object?> { ["member"] = member, ["id"] = id });
    }
}
