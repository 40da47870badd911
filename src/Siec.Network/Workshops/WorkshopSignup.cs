using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Participation;

namespace Siec.Network.Workshops;

/// <summary>A workshop page's sign-up box: places left for everyone; for a signed-in member their status and the form.</summary>
public sealed class WorkshopSignup(UserContentLinks links, Counters counters, IAntiforgery antiforgery)
{
    public const string StateKey = "workshop-state";

    public async Task AddRegistrationAsync(HttpContext http, ContentItem workshop, Dictionary<string, object?> extra)
    {
        var model = new Dictionary<string, object?>
        {
            ["Taken"] = await counters.GetAsync(WorkshopRegistrations.SeatsKey(workshop.ContentItemId)),
            ["SignedIn"] = false,
            ["Message"] = http.Items[StateKey] as string,
        };
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var tokens = http.PrivateTokens(antiforgery);
            var mine = await links.GetAsync(WorkshopRegistrations.Kind, userId, workshop.ContentItemId);
            model["SignedIn"] = true;
            model["TokenName"] = tokens.FormFieldName;
            model["Token"] = tokens.RequestToken;
            model["Status"] = mine?.Value;
            model["Cancel"] = mine is null ? null : $"/warsztaty/odwolaj/{mine.Token}";
        }

        extra["Registration"] = model;
    }
}
