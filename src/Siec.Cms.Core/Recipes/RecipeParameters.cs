using Siec.Cms.Core.Data;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Recipes;

/// <summary>
/// What <c>parameters()</c> gives a recipe: the site's name and time zone, the running administrator, and what a new
/// network's form adds (its coordinator's name, its thematic areas one per line; empty when not given).
/// </summary>
public sealed class RecipeParameters(DocumentStore documents)
{
    /// <summary>The parameters of a recipe run on a set-up site.</summary>
    public async Task<Dictionary<string, string>> CreateAsync(string? userId, string? userName, string? email)
    {
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        return Standard(settings.SiteName, settings.TimeZoneId, userId, userName, email);
    }

    public static Dictionary<string, string> Standard(
        string siteName, string timeZone, string? userId, string? userName, string? email, string? coordinator = null, IEnumerable<string>? areas = null) => new()
    {
        ["SiteName"] = siteName,
        ["AdminUserId"] = userId ?? "",
        ["AdminUsername"] = userName ?? "",
        ["AdminEmail"] = email ?? "",
        ["SiteTimeZone"] = timeZone,
        ["Coordinator"] = coordinator ?? "",
        ["ThematicAreas"] = string.Join('\n', areas ?? []),
    };
}
