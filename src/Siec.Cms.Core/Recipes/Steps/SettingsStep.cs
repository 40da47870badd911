using System.Text.Json.Nodes;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>Settings</c> step: known keys set the site's settings, any other key is kept verbatim.</summary>
public sealed class SettingsStep(DocumentStore documents) : IRecipeStep
{
    public string Name => "Settings";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentKey);
        foreach (var (key, value) in context.Step)
        {
            switch (key)
            {
                case "name":
                    break;
                case "SiteName":
                    settings.SiteName = value?.ToString() ?? "";
                    break;
                case "TimeZoneId":
                    settings.TimeZoneId = RequireTimeZone(value?.ToString());
                    break;
                case "Culture":
                    settings.Culture = value?.ToString() ?? settings.Culture;
                    break;
                case "PageSize":
                    settings.PageSize = value is JsonValue v && int.TryParse(v.ToString(), out var size) && size > 0
                        ? size
                        : throw new RecipeStepException("PageSize musi być dodatnią liczbą całkowitą.", property: key);
                    break;
                case "BaseUrl":
                    settings.BaseUrl = value?.ToString();
                    break;
                case "PageTitleFormat":
                    settings.PageTitleFormat = value?.ToString();
                    break;
                case "HomeRoute":
                    settings.HomeRoute = value?.DeepClone() as JsonObject;
                    break;
                default:
                    settings.Properties[key] = value?.DeepClone();
                    break;
            }
        }

        await documents.SaveAsync(SiteSettings.DocumentKey, settings);
    }

    private static string RequireTimeZone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
            ? id
            : throw new RecipeStepException($"Strefa czasowa '{id}' nie istnieje.", property: "TimeZoneId");
}
