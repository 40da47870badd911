using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Siec.Cms.Core.Auditing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Participation;
using Siec.Cms.Core.Settings;
using Siec.Network.Site;
using Siec.Network.Taxonomies;

namespace Siec.Network.Materials;

/// <summary>
/// Members' own materials on the public site: the form to add one or a new version of one's own, withdrawing it,
/// "Przydatne", and "Moje materiały" with each material's state and downloads.
/// </summary>
public static class MaterialSharingEndpoints
{
    public const string RateLimit = "material-share";
    public const string MinePath = "/konto/materialy";
    public const string UsefulLink = "useful";

    /// <summary>Room in a request for the form's fields around the largest file the library takes.</summary>
    private const long FormOverhead = 1024 * 1024;

    public static IEndpointRouteBuilder MapMaterialSharing(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/materialy/dodaj", NewFormAsync);
        routes.MapPost("/materialy/dodaj", (HttpContext http, MaterialSharing sharing, MaterialFormPage form, IAntiforgery antiforgery, MediaStore media) =>
            SendAsync(http, null, sharing, form, antiforgery, media)).RequireRateLimiting(RateLimit).DisableAntiforgery();
        routes.MapGet("/materialy/edytuj/{id}", EditFormAsync);
        routes.MapPost("/materialy/edytuj/{id}", (string id, HttpContext http, MaterialSharing sharing, MaterialFormPage form, IAntiforgery antiforgery, MediaStore media) =>
            SendAsync(http, id, sharing, form, antiforgery, media)).RequireRateLimiting(RateLimit).DisableAntiforgery();
        routes.MapPost("/materialy/wycofaj/{id}", WithdrawAsync).DisableAntiforgery();
        routes.MapPost("/materialy/przydatne/{id}", UsefulAsync).DisableAntiforgery();
        routes.MapGet(MinePath, MineAsync);
        return routes;
    }

    private static async Task<IResult> NewFormAsync(HttpContext http, MaterialSharing sharing, MaterialFormPage form, SitePages pages)
    {
        if (await SignInFirstAsync(http, sharing, pages) is { } signIn)
        {
            return signIn;
        }

        var area = http.Request.Query["obszar"].ToString();
        return await form.ShowAsync(http, null, await form.WithAreaAsync(MaterialInput.Empty, area), [], 200);
    }

    private static async Task<IResult> EditFormAsync(string id, HttpContext http, MaterialSharing sharing, MaterialFormPage form, SitePages pages)
    {
        if (await SignInFirstAsync(http, sharing, pages) is { } signIn)
        {
            return signIn;
        }

        return await sharing.OwnAsync(http.User, id) is { } own
            ? await form.ShowAsync(http, own, MaterialFormPage.InputOf(own), [], 200)
            : await pages.NotFoundAsync(http);
    }

    private static async Task<IResult> SendAsync(HttpContext http, string? id, MaterialSharing sharing, MaterialFormPage form, IAntiforgery antiforgery, MediaStore media)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = media.MaxFileSize + FormOverhead;
        }

        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var fields = await http.Request.ReadFormAsync();
        var input = MaterialInput.From(fields);
        var file = fields.Files.GetFile("plik");
        var existing = id is null ? null : await sharing.OwnAsync(http.User, id);
        if (fields["akcja"] == "podglad")
        {
            return await form.ShowAsync(http, existing, input, [], 200, preview: true);
        }

        var outcome = await sharing.SaveAsync(http.User, id, input, file);
        if (outcome.Problems.Count > 0)
        {
            return await form.ShowAsync(http, existing, input, outcome.Problems, id is not null && existing is null ? 404 : 400);
        }

        return Results.Redirect(outcome.AwaitsApproval ? $"{MinePath}?wyslano=1" : outcome.Item!.Url ?? MinePath);
    }

    private static async Task<IResult> WithdrawAsync(string id, HttpContext http, MaterialSharing sharing, IAntiforgery antiforgery, SitePages pages)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        return await sharing.WithdrawAsync(http.User, id) is null ? Results.Redirect($"{MinePath}?wycofano=1") : await pages.NotFoundAsync(http);
    }

    /// <summary>"Przydatne": once per member and material (a unique link, so two clicks at once count once).</summary>
    private static async Task<IResult> UsefulAsync(string id, HttpContext http, ContentQuery query, UserContentLinks links, IAntiforgery antiforgery, SitePages pages)
    {
        if (await MemberPosts.RefusedAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        if (await query.GetAsync(id) is not { ContentType: Common.ContentTypes.Material } material)
        {
            return await pages.NotFoundAsync(http);
        }

        await links.SetAsync(UsefulLink, http.User.FindFirstValue(ClaimTypes.NameIdentifier)!, id);

        return Results.Redirect((material.Url ?? "/materialy") + "?przydatne=1");
    }

    private static async Task<IResult> MineAsync(
        HttpContext http, MaterialSharing sharing, SitePages pages, AuditTrail audit, Counters counters, UserContentLinks links, IAntiforgery antiforgery, DocumentStore documents)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect("/Login?ReturnUrl=" + Uri.EscapeDataString(MinePath));
        }

        var pageSize = (await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey)).PageSize;
        var requested = Pager.From(http, pageSize, 0);
        var (items, total) = await sharing.MineAsync(http.User, (requested.Page - 1) * pageSize, pageSize);
        var ids = items.Select(i => i.ContentItemId).ToList();
        var states = await audit.LastDecisionsAsync(ids);
        var useful = await links.CountsAsync(UsefulLink, ids);
        var downloads = await counters.GetAllAsync(ids.Select(MaterialsPage.DownloadCounter).ToList());
        var tokens = http.PrivateTokens(antiforgery);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var item in items)
        {
            var last = states.GetValueOrDefault(item.ContentItemId);
            rows.Add(new Dictionary<string, object?>
            {
                ["Id"] = item.ContentItemId,
                ["Title"] = item.DisplayText,
                ["Url"] = item.Published ? item.Url : null,
                ["State"] = MaterialStates.Describe(item, last?.Action),
                ["Message"] = last?.Action is AuditActions.ChangesRequested or AuditActions.Rejected ? last.Reason : null,
                ["Downloads"] = downloads.GetValueOrDefault(MaterialsPage.DownloadCounter(item.ContentItemId)),
                ["Useful"] = useful.GetValueOrDefault(item.ContentItemId),
                ["Modified"] = item.ModifiedUtc is { } m ? PolishFormat.DateAndTime(m) : null,
            });
        }

        var model = new Dictionary<string, object?>
        {
            ["Items"] = rows,
            ["Pager"] = (requested with { Total = total }).ToModel(http),
            ["Sent"] = http.Request.Query["wyslano"] == "1",
            ["Withdrawn"] = http.Request.Query["wycofano"] == "1",
            ["TokenName"] = tokens.FormFieldName,
            ["Token"] = tokens.RequestToken,
        };
        return await pages.TemplateAsync(http, "MyMaterials", model, new PageMeta("Moje materiały"));
    }

    private static async Task<IResult?> SignInFirstAsync(HttpContext http, MaterialSharing sharing, SitePages pages)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect("/Login?ReturnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
        }

        return await sharing.CanShareAsync(http.User) ? null : await pages.TemplateAsync(http, "Message", new Dictionary<string, object?>
        {
            ["Title"] = "Materiały dodają członkowie sieci",
            ["Text"] = "Twoje konto nie może dodawać materiałów. Jeśli chcesz dołączyć do sieci, wypełnij formularz „Dołącz”.",
        }, new PageMeta("Materiały dodają członkowie sieci"), StatusCodes.Status403Forbidden);
    }
}
