using Siec.Cms.Core.Data;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Recipes;

/// <summary>What <c>parameters()</c> gives a recipe run on a set-up site: its name and time zone, and the running administrator.</summary>
public sealed class RecipeParameters(DocumentStore documents)
{
    public async Task<Dictionary<string, string>> CreateAsync(string? userId, string? userName, string? email)
    {
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        return new Dictionary<string, string>
        {
            ["SiteName"] = settings.SiteName,
            ["AdminUserId"] = userId ?? "",
            ["AdminUsername"] = userName ?? "",
            ["AdminEmail"] = email ?? "",
            ["SiteTimeZone"] = settings.TimeZoneId,
        };
    }
}
