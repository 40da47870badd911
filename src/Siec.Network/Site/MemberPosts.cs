using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Siec.Network.Site;

/// <summary>What every member's post on the public site checks first.</summary>
public static class MemberPosts
{
    /// <summary>Only signed-in members post, and only with this site's antiforgery token.</summary>
    /// <returns>The refusal to answer with, or null when the post may go on.</returns>
    public static async Task<IResult?> RefusedAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect("/Login");
        }

        return await antiforgery.IsRequestValidAsync(http) ? null : Results.BadRequest("Formularz wygasł albo nie pochodzi z tej strony. Wróć, odśwież stronę i spróbuj jeszcze raz.");
    }
}
