using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Display;

/// <summary>
/// The site's main menu: the links of the Menu item with alias <c>main-menu</c> (Orchard Core's MenuItemsListPart of
/// LinkMenuItems), read for every page and edited in the admin's settings.
/// </summary>
public sealed class MainMenu(ContentQuery query, ContentManager content)
{
    public const string Alias = "main-menu";
    public const int MaxLinks = 20;
    public const int MaxTextLength = 60;

    public sealed record Link(string Text, string Url);

    public async Task<IReadOnlyList<Link>> LoadAsync(VersionOptions version = VersionOptions.Published) =>
        (await FindAsync(version))?.Part("MenuItemsListPart")?["MenuItems"]?.AsArray()
            .Select(i => new Link(i?["DisplayText"]?.GetValue<string>() ?? "", i?["LinkMenuItemPart"]?["Url"]?.GetValue<string>() ?? "/"))
            .ToList() ?? [];

    /// <summary>Why these links cannot be the menu (Polish, one message per problem), or none.</summary>
    public static List<string> Problems(IReadOnlyList<Link> links)
    {
        var problems = new List<string>();
        if (links.Count > MaxLinks)
        {
            problems.Add($"Menu może mieć najwyżej {MaxLinks} pozycji.");
        }

        foreach (var (link, i) in links.Select((l, i) => (l, i + 1)))
        {
            if (link.Text.Length is 0 or > MaxTextLength)
            {
                problems.Add($"Pozycja {i}: wpisz nazwę (najwyżej {MaxTextLength} znaków).");
            }

            if (!IsAllowed(link.Url))
            {
                problems.Add($"Pozycja {i}: adres musi zaczynać się od / (strona serwisu) albo od https:// lub http://.");
            }
        }

        return problems;
    }

    /// <summary>Publishes the menu with these links (a new version of the menu item, or a new menu).</summary>
    public async Task SaveAsync(IReadOnlyList<Link> links)
    {
        var menu = await FindAsync(VersionOptions.Latest);
        var isNew = menu is null;
        if (menu is null)
        {
            menu = await content.NewAsync("Menu");
            menu.DisplayText = "Menu główne";
            menu.GetOrCreatePart("AliasPart")["Alias"] = Alias;
        }

        menu.GetOrCreatePart("MenuItemsListPart")["MenuItems"] = new JsonArray([.. links.Select(l => (JsonNode)new JsonObject
        {
            ["ContentType"] = "LinkMenuItem",
            ["ContentItemId"] = IdGenerator.NewId(),
            ["DisplayText"] = l.Text,
            ["LinkMenuItemPart"] = new JsonObject { ["Name"] = l.Text, ["Url"] = l.Url, ["Target"] = "" },
        })]);
        await (isNew ? content.CreateAsync(menu, publish: true) : content.PublishAsync(menu));
    }

    private static bool IsAllowed(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')
        || url.StartsWith("~/", StringComparison.Ordinal)
        || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    private async Task<ContentItem?> FindAsync(VersionOptions version)
    {
        var menus = await query.ByTypeAsync("Menu", version);
        return menus.FirstOrDefault(m => m.Part("AliasPart")?["Alias"]?.GetValue<string>() == Alias) ?? menus.FirstOrDefault();
    }
}
