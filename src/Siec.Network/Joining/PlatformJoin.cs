using Microsoft.AspNetCore.Http;
using Siec.Cms.Admin.Platform;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Forms;
using Siec.Network.Common;

namespace Siec.Network.Joining;

/// <summary>
/// A person with a platform account who is not a member yet gets the network's join form with their name and
/// address already in it: one click (and the consents, which are this network's own) sends the application, which
/// goes to the coordinator as any other. Nothing here is trusted: the form posts to the join form's own address and
/// is validated there, and linking the new account to the platform's happens only at a later platform sign-in.
/// </summary>
public sealed class PlatformJoin(ContentQuery query, FormView view, ContentDisplay display) : IPlatformNewcomer
{
    public async Task<string?> JoinPageAsync(HttpContext http, PlatformIdentity who)
    {
        if ((await query.NewestAsync(ContentTypes.JoinForm, 1)).FirstOrDefault() is not { Url: { } path } item)
        {
            return null;
        }

        var form = FormDefinition.From(item);
        var name = (who.Name ?? "").Trim();
        var space = name.IndexOf(' ');
        var values = new List<FormValue>
        {
            new(JoinForm.FirstName, "", space < 0 ? name : name[..space]),
            new(JoinForm.LastName, "", space < 0 ? "" : name[(space + 1)..].Trim()),
            new(JoinForm.Email, "", who.Email),
        };
        var model = view.Model(http, form, new FormValidator.Result(values, new Dictionary<string, string>(), SpamTrapped: false));
        model["Action"] = path;
        model["Notice"] = $"Wypełniliśmy formularz danymi Twojego konta platformy ({who.Email}). Sprawdź je, uzupełnij resztę i wyślij zgłoszenie – trafi do koordynatora sieci.";
        var body = await display.RenderItemAsync(item, "Detail", new Dictionary<string, object?> { ["Form"] = model });
        return await display.RenderPageAsync(body, new PageMeta(form.Title), path);
    }
}
