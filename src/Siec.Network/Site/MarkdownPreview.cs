using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Siec.Cms.Core.Display;

namespace Siec.Network.Site;

/// <summary>
/// The live preview of the Markdown editor on the public site (forum posts, members' materials): the text rendered and
/// sanitised exactly as the page will show it, for signed-in members posting with the page's antiforgery token.
/// </summary>
public static class MarkdownPreview
{
    public const string Path = "/podglad";

    private const int MaxLength = 20_000;

    public static async Task<IResult> RenderAsync(HttpContext http, IAntiforgery antiforgery, SafeHtml safeHtml)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Text("Zaloguj się, aby zobaczyć podgląd.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Text("Formularz wygasł. Odśwież stronę.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var markdown = (await http.Request.ReadFormAsync())["markdown"].ToString();
        return markdown.Length > MaxLength
            ? Results.Text($"Tekst może mieć najwyżej {MaxLength} znaków.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest)
            : Results.Content(safeHtml.FromMarkdown(markdown), "text/html; charset=utf-8");
    }
}
