using Siec.Cms.Core.Data;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>Themes</c> step: <c>site</c> and <c>admin</c> name the themes; a theme we do not have is a warning.</summary>
public sealed class ThemesStep(DocumentStore documents, FeatureCatalog catalog) : IRecipeStep
{
    public string Name => "Themes";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var state = await documents.GetAsync<SiteState>(SiteState.DocumentKey);
        state.SiteTheme = Theme(context, "site") ?? state.SiteTheme;
        state.AdminTheme = Theme(context, "admin") ?? state.AdminTheme;
        await documents.SaveAsync(SiteState.DocumentKey, state);
    }

    private string? Theme(RecipeStepContext context, string key)
    {
        var id = context.Get(key)?.ToString();
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        if (catalog.Contains(id))
        {
            return id;
        }

        context.Result.Warnings.Add($"Motyw '{id}' ({key}) nie istnieje w Siec.Cms i został pominięty.");
        return null;
    }
}
