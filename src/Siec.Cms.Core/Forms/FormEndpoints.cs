using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Http;

namespace Siec.Cms.Core.Forms;

/// <summary>
/// A form posts to its own path. Bad input re-shows the form with what was typed and a message per field; a
/// valid submission is stored, then the browser is sent back to the form with <c>?wyslano=1</c> (post/redirect/get).
/// </summary>
public static class FormEndpoints
{
    public const string SentQuery = "wyslano";
    public const string RateLimitPolicy = "form";

    public static IEndpointRouteBuilder MapForms(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/{**path}", PostAsync).RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> PostAsync(string path, HttpContext http, ContentQuery query, FormView view, FormSubmissions submissions, ContentDisplay display, IAntiforgery antiforgery,
        PublicAddress address)
    {
        if (await query.ByPathAsync(path.Trim('/')) is not { } item || !FormDefinition.IsForm(item))
        {
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        var form = FormDefinition.From(item);
        var posted = FormValidator.Validate(form, await http.Request.ReadFormAsync());
        if (form.EnableAntiForgeryToken && !await antiforgery.IsRequestValidAsync(http))
        {
            return await PageAsync(http, display, form, view.Model(http, form, posted with { Errors = new Dictionary<string, string>() },
                "Formularz wygasł albo nie pochodzi z tej strony. Sprawdź dane i wyślij go jeszcze raz."), StatusCodes.Status400BadRequest);
        }

        if (posted.SpamTrapped)
        {
            return await PageAsync(http, display, form, view.Model(http, form, posted,
                "Formularz odrzucony: wypełniono pole, które ma zostać puste. Jeśli to pomyłka, usuń jego treść i wyślij ponownie."), StatusCodes.Status400BadRequest);
        }

        if (posted.Errors.Count > 0)
        {
            return await PageAsync(http, display, form, view.Model(http, form, posted), StatusCodes.Status400BadRequest);
        }

        await submissions.SubmitAsync(form, posted.Values, new FormRequest(await address.BaseUrlAsync(), http.User.Identity?.Name));
        http.Response.Headers.Location = $"{http.Request.Path}?{SentQuery}=1";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static async Task<IResult> PageAsync(HttpContext http, ContentDisplay display, FormDefinition form, Dictionary<string, object?> model, int status)
    {
        var body = await display.RenderItemAsync(form.Item, "Detail", new Dictionary<string, object?> { ["Form"] = model });
        var html = await display.RenderPageAsync(body, new PageMeta("Błąd w formularzu: " + form.Title), http.Request.Path);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
