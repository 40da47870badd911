using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Caching;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Participation;

namespace Siec.Network.Workshops;

/// <summary>
/// A workshop page's sign-up box: places left for everyone; for a signed-in member their status and the form
/// (<c>_WorkshopSignup</c>), their own part of a page otherwise the same for every member (<see cref="MemberHoles"/>).
/// </summary>
public sealed class WorkshopSignup(UserContentLinks links, Counters counters, IAntiforgery antiforgery, ContentDisplay display) : IMemberHole
{
    public const string StateKey = "workshop-state";

    private const string HoleKind = "workshop-signup";

    public string Kind => HoleKind;

    public async Task AddRegistrationAsync(HttpContext http, ContentItem workshop, Dictionary<string, object?> extra)
    {
        extra["Registration"] = new Dictionary<string, object?>
        {
            ["Taken"] = await counters.GetAsync(WorkshopRegistrations.SeatsKey(workshop.ContentItemId)),
            ["Message"] = http.Items[StateKey] as string,
        };
        extra["SignupForm"] = http.User.Identity?.IsAuthenticated == true ? await MemberHoles.RenderAsync(http, HoleKind, workshop.ContentItemId) : null;
    }

    public async Task<string> RenderAsync(HttpContext http, string argument)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return "";
        }

        var tokens = http.PrivateTokens(antiforgery);
        var mine = await links.GetAsync(WorkshopRegistrations.Kind, userId, argument);
        var registration = new Dictionary<string, object?>
        {
            ["TokenName"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken,
            ["Status"] = mine?.Value,
            ["Cancel"] = mine is null ? null : $"/warsztaty/odwolaj/{mine.Token}",
        };
        return await display.RenderPartialAsync("_WorkshopSignup", new Dictionary<string, object?> { ["r"] = registration, ["id"] = argument });
    }
}
