using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Participation;
using Siec.Network.Common;
using Siec.Network.Site;

namespace Siec.Network.Workshops;

/// <summary>
/// <c>/warsztaty</c> and its calendar files, signing up on a workshop's page, and cancelling from the mailed link
/// (a page that asks first, then a post with its antiforgery token).
/// </summary>
public static class WorkshopEndpoints
{
    public static IEndpointRouteBuilder MapWorkshops(this IEndpointRouteBuilder routes)
    {
        routes.MapCachedGet("/warsztaty", WorkshopsPage.ListAsync);
        routes.MapCachedGet("/warsztaty.ics", WorkshopsPage.CalendarAsync);
        routes.MapCachedGet("/warsztaty/{slug}.ics", WorkshopsPage.WorkshopCalendarAsync);
        routes.MapPost("/warsztaty/zapisz", SignUpAsync).DisableAntiforgery();
        routes.MapGet("/warsztaty/odwolaj/{token}", CancelPageAsync);
        routes.MapPost("/warsztaty/odwolaj/{token}", CancelAsync).DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> SignUpAsync(HttpContext http, WorkshopRegistrations registrations, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        if (await query.GetAsync(form["id"].ToString()) is not { ContentType: ContentTypes.Workshop } workshop)
        {
            return Results.NotFound();
        }

        var outcome = await registrations.RegisterAsync(http.User, workshop.ContentItemId);
        http.Items[WorkshopSignup.StateKey] = outcome.Error ?? (outcome.Status == WorkshopRegistrations.Confirmed
            ? "Zapisano! Potwierdzenie z plikiem kalendarza wysłaliśmy e-mailem."
            : "Wszystkie miejsca są zajęte – jesteś na liście rezerwowej. Damy znać e-mailem, gdy zwolni się miejsce.");
        http.Items[SitePages.StatusKey] = outcome.Error is null ? 200 : 400;
        return await ItemPage.ShowAgainAsync(http, workshop.Url ?? "/");
    }

    private static async Task<IResult> CancelPageAsync(string token, HttpContext http, UserContentLinks links, ContentQuery query, SitePages pages, IAntiforgery antiforgery)
    {
        var link = await links.ByTokenAsync(token);
        var workshop = link?.Kind == WorkshopRegistrations.Kind ? await query.GetAsync(link.ContentItemId) : null;
        var tokens = http.PrivateTokens(antiforgery);
        return await pages.TemplateAsync(http, "Message", new Dictionary<string, object?>
        {
            ["Title"] = workshop is null ? "Odnośnik nieważny" : "Odwołanie zapisu",
            ["Text"] = workshop is null ? "Ten odnośnik już nie działa – zapis mógł zostać wcześniej odwołany." : $"Czy na pewno odwołać zapis na „{workshop.DisplayText}”?",
            ["Confirm"] = workshop is null ? null : "Tak, odwołaj zapis",
            ["TokenName"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken,
        }, new PageMeta("Odwołanie zapisu"), workshop is null ? 404 : 200);
    }

    private static async Task<IResult> CancelAsync(string token, HttpContext http, WorkshopRegistrations registrations, SitePages pages, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest("Formularz wygasł. Otwórz odnośnik z wiadomości jeszcze raz.");
        }

        var outcome = await registrations.CancelAsync(token);
        return await pages.TemplateAsync(http, "Message", new Dictionary<string, object?>
        {
            ["Title"] = outcome.Error is null ? "Zapis odwołany" : "Odnośnik nieważny",
            ["Text"] = outcome.Error ?? "Twój zapis został odwołany. Jeśli ktoś czekał na liście rezerwowej, dostanie Twoje miejsce.",
        }, new PageMeta("Odwołanie zapisu"), outcome.Error is null ? 200 : 404);
    }
}
