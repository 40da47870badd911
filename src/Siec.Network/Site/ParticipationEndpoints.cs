using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Participation;
using Siec.Network.Forum;
using Siec.Network.Workshops;

namespace Siec.Network.Site;

/// <summary>
/// What signed-in members do on the public site: post and edit on the forum, moderate, report, follow, sign up for
/// workshops. Every post checks its antiforgery token; a refused one shows the page again with the text kept.
/// </summary>
public static class ParticipationEndpoints
{
    public const string PostingRateLimit = "forum-post";

    public static IEndpointRouteBuilder MapParticipation(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/forum/wpis", PostAsync).RequireRateLimiting(PostingRateLimit).DisableAntiforgery();
        routes.MapPost("/forum/edytuj", EditAsync).DisableAntiforgery();
        routes.MapPost("/forum/moderuj", ModerateAsync).DisableAntiforgery();
        routes.MapPost("/forum/zglos", ReportAsync).DisableAntiforgery();
        routes.MapPost("/obserwuj", FollowAsync).DisableAntiforgery();
        routes.MapGet("/obserwuj/wypisz/{token}", UnsubscribeAsync);
        routes.MapPost("/warsztaty/zapisz", SignUpAsync).DisableAntiforgery();
        routes.MapGet("/warsztaty/odwolaj/{token}", CancelPageAsync);
        routes.MapPost("/warsztaty/odwolaj/{token}", CancelAsync).DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> PostAsync(HttpContext http, ForumPosting posting, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var parent = await query.GetAsync(form["parent"].ToString());
        var title = form.ContainsKey("tytul") ? form["tytul"].ToString() : null;
        var post = new ForumPost(form["parent"].ToString(), title, form["tresc"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal), form["cytat"].ToString());
        if (parent is null)
        {
            return Results.NotFound();
        }

        if (form["akcja"] == "podglad")
        {
            return await AgainAsync(http, parent, new ForumView.State(post.Problem(), post.Markdown, title, post.ReplyTo, Preview: true), 200);
        }

        var outcome = title is null ? await posting.ReplyAsync(http.User, post) : await posting.StartTopicAsync(http.User, post);
        if (outcome.Error is not null)
        {
            return await AgainAsync(http, parent, new ForumView.State(outcome.Error, post.Markdown, title, post.ReplyTo, Preview: false), 400);
        }

        var item = outcome.Post!;
        var waiting = outcome.AwaitsApproval ? "czeka=1" : null;
        return Results.Redirect(title is null
            ? Path(parent) + "?" + (waiting ?? "nowe=1") + $"#odpowiedz-{item.ContentItemId}"
            : Path(outcome.AwaitsApproval ? parent : item) + (waiting is null ? "" : "?" + waiting));
    }

    private static async Task<IResult> EditAsync(HttpContext http, ForumPosting posting, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var outcome = await posting.EditAsync(http.User, form["id"].ToString(), form["tresc"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        var page = outcome.Post is { ContentType: "ForumReply" } reply ? await ParentAsync(query, reply) : outcome.Post;
        if (page is null)
        {
            return Results.NotFound();
        }

        return outcome.Error is null
            ? Results.Redirect(Path(page) + (outcome.Post!.ContentType == "ForumReply" ? $"#odpowiedz-{outcome.Post.ContentItemId}" : ""))
            : await AgainAsync(http, page, new ForumView.State(outcome.Error, null, null, null, false), 400);
    }

    private static async Task<IResult> ModerateAsync(HttpContext http, ForumModeration moderation, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var id = form["id"].ToString();
        var post = await query.GetAsync(id, VersionOptions.Latest);
        var page = post?.ContentType == "ForumReply" ? await ParentAsync(query, post) : post?.ContentType == "ForumTopic" ? post : null;
        var error = await moderation.ActAsync(http.User, id, form["akcja"].ToString(), form["powod"].ToString(), form["cel"].ToString());
        if (page is null)
        {
            return error is null ? Results.Redirect("/forum") : Results.NotFound();
        }

        if (error is not null)
        {
            return await AgainAsync(http, page, new ForumView.State(error, null, null, null, false), 400);
        }

        // A deleted topic has no page left: back to its category.
        return Results.Redirect(form["akcja"] == "usun" && post!.ContentType == "ForumTopic" && await ParentAsync(query, post) is { } category ? Path(category) : Path(page));
    }

    private static async Task<IResult> ReportAsync(HttpContext http, ForumModeration moderation, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var post = await query.GetAsync(form["id"].ToString());
        var page = post?.ContentType == "ForumReply" ? await ParentAsync(query, post) : post;
        if (page is null)
        {
            return Results.NotFound();
        }

        var error = await moderation.ReportAsync(http.User, post!.ContentItemId, form["powod"].ToString());
        return error is null ? Results.Redirect(Path(page) + "?zgloszono=1") : await AgainAsync(http, page, new ForumView.State(error, null, null, null, false), 400);
    }

    private static async Task<IResult> FollowAsync(HttpContext http, UserContentLinks links, ContentQuery query, IAntiforgery antiforgery, Siec.Cms.Core.Data.Transactions transactions)
    {
        if (await RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        var item = await query.GetAsync(form["id"].ToString());
        if (item?.ContentType is not ("ForumTopic" or "ForumCategory" or "Blog" or "Forum"))
        {
            return Results.NotFound();
        }

        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await transactions.RunAsync(async () =>
        {
            if (form["akcja"] == "przestan")
            {
                await links.RemoveAsync(LinkKinds.Follow, userId, item.ContentItemId);
            }
            else
            {
                await links.SetAsync(LinkKinds.Follow, userId, item.ContentItemId, withToken: true);
            }
        });
        return Results.Redirect(Path(item));
    }

    /// <summary>One link in every notification stops them, with no sign-in: the token is the follow link's secret.</summary>
    private static async Task<IResult> UnsubscribeAsync(string token, HttpContext http, UserContentLinks links, ContentQuery query, SitePages pages, Siec.Cms.Core.Data.Transactions transactions)
    {
        var link = await links.ByTokenAsync(token);
        var item = link?.Kind == LinkKinds.Follow ? await query.GetAsync(link.ContentItemId) : null;
        if (link is not null && link.Kind == LinkKinds.Follow)
        {
            await transactions.RunAsync(() => links.RemoveAsync(LinkKinds.Follow, link.UserId, link.ContentItemId));
        }

        return await pages.TemplateAsync(http, "Message", new Dictionary<string, object?>
        {
            ["Title"] = link is null ? "Odnośnik nieważny" : "Wypisano",
            ["Text"] = link is null ? "Ten odnośnik już nie działa – zapewne wypisano się wcześniej." : $"Nie będziesz już dostawać wiadomości o nowych wpisach w „{item?.DisplayText}”.",
        }, new PageMeta("Powiadomienia"), link is null ? 404 : 200);
    }

    private static async Task<IResult> SignUpAsync(HttpContext http, WorkshopRegistrations registrations, ContentQuery query, IAntiforgery antiforgery)
    {
        if (await RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync();
        if (await query.GetAsync(form["id"].ToString()) is not { ContentType: "Workshop" } workshop)
        {
            return Results.NotFound();
        }

        var outcome = await registrations.RegisterAsync(http.User, workshop.ContentItemId);
        http.Items[WorkshopSignup.StateKey] = outcome.Error ?? (outcome.Status == WorkshopRegistrations.Confirmed
            ? "Zapisano! Potwierdzenie z plikiem kalendarza wysłaliśmy e-mailem."
            : "Wszystkie miejsca są zajęte – jesteś na liście rezerwowej. Damy znać e-mailem, gdy zwolni się miejsce.");
        http.Items[SitePages.StatusKey] = outcome.Error is null ? 200 : 400;
        return await ItemPage.ShowAgainAsync(http, Path(workshop).TrimStart('/'));
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

    /// <summary>Only signed-in members post, and only with this site's antiforgery token.</summary>
    private static async Task<IResult?> RefusedAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect("/Login");
        }

        return await antiforgery.IsRequestValidAsync(http) ? null : Results.BadRequest("Formularz wygasł albo nie pochodzi z tej strony. Wróć, odśwież stronę i spróbuj jeszcze raz.");
    }

    private static async Task<IResult> AgainAsync(HttpContext http, ContentItem page, ForumView.State state, int status)
    {
        http.Items[ForumView.StateKey] = state;
        http.Items[SitePages.StatusKey] = status;
        return await ItemPage.ShowAgainAsync(http, Path(page).TrimStart('/'));
    }

    private static async Task<ContentItem?> ParentAsync(ContentQuery query, ContentItem item) =>
        item.Part("ContainedPart")?["ListContentItemId"]?.GetValue<string>() is { } parentId ? await query.GetAsync(parentId, VersionOptions.Latest) : null;

    private static string Path(ContentItem item) => item.Url ?? "/";
}
