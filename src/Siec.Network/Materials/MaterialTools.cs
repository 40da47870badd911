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
/// The tools' four forms are rendered with the page; each member's request only reads whether they marked it.
/// </summary>
public sealed class MaterialTools(UserContentLinks links, IAntiforgery antiforgery, ContentDisplay display) : IMemberHole
{
    private const string HoleKind = "material-tools";

    /// <summary>Marked useful by the member, and the member is its author.</summary>
    private static readonly (bool Useful, bool Author)[] Forms = [(false, false), (true, false), (false, true), (true, true)];

    public string Kind => HoleKind;

    /// <summary>The tools for a signed-in member (null for a reader), as the page model's <c>MemberTools</c>.</summary>
    public async Task<string?> ForAsync(HttpContext http, ContentItem material)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var (fieldName, token) = http.MemberFormToken(antiforgery);
        var forms = new List<string> { material.ContentItemId, material.Owner ?? "" };
        foreach (var (useful, author) in Forms)
        {
            var member = new Dictionary<string, object?> { ["TokenName"] = fieldName, ["Token"] = token, ["MarkedUseful"] = useful, ["IsAuthor"] = author };
            forms.Add(await display.RenderPartialAsync("_MaterialTools", new Dictionary<string, object?> { ["member"] = member, ["id"] = material.ContentItemId }));
        }

        return await MemberHoles.RenderAsync(http, HoleKind, HoleArguments.Write([.. forms]));
    }

    public IEnumerable<(string Kind, string ContentItemId)> LinksOf(string argument) => [(MaterialSharingEndpoints.UsefulLink, HoleArguments.Read(argument)[0])];

    /// <param name="argument">The material's id, its owner's, and the tools in each of <see cref="Forms"/>.</param>
    public async Task<string> RenderAsync(HttpContext http, string argument)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || HoleArguments.Read(argument) is not [var id, var owner, .. var forms])
        {
            return "";
        }

        var useful = await links.GetAsync(MaterialSharingEndpoints.UsefulLink, userId, id) is not null;
        return forms[Array.IndexOf(Forms, (useful, owner == userId))];
    }
}
