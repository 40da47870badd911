using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data.Records;
using Siec.Cms.Core.Display;
using Siec.Cms.Core.Participation;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Text;
using Siec.Network.Workshops;

namespace Siec.Network.Pages.Admin;

/// <summary>Who signed up for an item (a workshop), in the order they signed up, with their status; as CSV for the organiser.</summary>
public sealed class RegistrationsModel(ContentQuery query, UserContentLinks links, UserManager<IdentityUser> users, PermissionChecker permissions) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public List<(UserContentLinkRecord Link, IdentityUser? User)> People { get; } = [];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(string id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        IEnumerable<string>[] header = [["Lp.", "Nazwa użytkownika", "E-mail", "Status", "Zapisano"]];
        var rows = People.Select((p, i) => (IEnumerable<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.User?.UserName ?? "", p.User?.Email ?? "", p.Link.Value ?? "", PolishFormat.DateAndTime(p.Link.Utc)]);
        return File(Csv.Write(header.Concat(rows)), "text/csv; charset=utf-8", "zapisy.csv");
    }

    private async Task<IActionResult?> LoadAsync(string id)
    {
        if (await query.GetAsync(id, VersionOptions.Latest) is not { } item)
        {
            return NotFound();
        }

        if (!await permissions.CanAsync(User, "Edit", item.ContentType, item))
        {
            return Forbid();
        }

        Item = item;
        foreach (var link in await links.ForItemsAsync(WorkshopRegistrations.Kind, [id]))
        {
            People.Add((link, await users.FindByIdAsync(link.UserId)));
        }

        return null;
    }
}
