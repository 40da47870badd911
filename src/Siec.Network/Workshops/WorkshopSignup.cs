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

    /// <summary>Not signed up, confirmed, waiting.</summary>
    private static readonly string?[] Statuses = [null, WorkshopRegistrations.Confirmed, WorkshopRegistrations.Waiting];

    /// <summary>Letters only, so that the link keeps it as it is; none of the part's text comes from a user.</summary>
    private const string CancelTokenPlaceholder = "sieccanceltoken";

    public string Kind => HoleKind;

    public async Task AddRegistrationAsync(HttpContext http, ContentItem workshop, Dictionary<string, object?> extra)
    {
        extra["Registration"] = new Dictionary<string, object?>
        {
            ["Taken"] = await counters.GetAsync(WorkshopRegistrations.SeatsKey(workshop.ContentItemId)),
            ["Message"] = http.Items[StateKey] as string,
        };
        extra["SignupForm"] = http.User.Identity?.IsAuthenticated == true ? await SignupFormAsync(http, workshop.ContentItemId) : null;
    }

    public IEnumerable<(string Kind, string ContentItemId)> LinksOf(string argument) => [(WorkshopRegistrations.Kind, HoleArguments.Read(argument)[0])];

    /// <param name="argument">The workshop's id and the part for each of <see cref="Statuses"/>.</param>
    public async Task<string> RenderAsync(HttpContext http, string argument)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || HoleArguments.Read(argument) is not [var id, .. var forms])
        {
            return "";
        }

        var mine = await links.GetAsync(WorkshopRegistrations.Kind, userId, id);
        var form = forms[mine?.Value switch { null => 0, WorkshopRegistrations.Confirmed => 1, _ => 2 }];
        // The cancel link's token is the member's own secret: put in for each request, never kept in the page.
        return mine?.Token is { } token ? form.Replace(CancelTokenPlaceholder, token, StringComparison.Ordinal) : form;
    }

    /// <summary>The part in each of its forms (rendered with the page), the member's own chosen for each request.</summary>
    private async Task<string> SignupFormAsync(HttpContext http, string workshopId)
    {
        var (fieldName, token) = http.MemberFormToken(antiforgery);
        var forms = new List<string> { workshopId };
        foreach (var status in Statuses)
        {
            var registration = new Dictionary<string, object?>
            {
                ["TokenName"] = fieldName,
                ["Token"] = token,
                ["Status"] = status,
                ["Cancel"] = status is null ? null : $"/warsztaty/odwolaj/{CancelTokenPlaceholder}",
            };
            forms.Add(await display.RenderPartialAsync("_WorkshopSignup", new Dictionary<string, object?> { ["r"] = registration, ["id"] = workshopId }));
        }

        return await MemberHoles.RenderAsync(http, HoleKind, HoleArguments.Write([.. forms]));
    }
}
