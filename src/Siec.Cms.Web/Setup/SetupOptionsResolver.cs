using Microsoft.Extensions.Options;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Setup;

namespace Siec.Cms.Web.Setup;

/// <summary>Finds the setup recipes and turns the configuration into a setup request.</summary>
public sealed class SetupOptionsResolver(IOptions<SetupOptions> options, RecipeFolder recipes)
{
    private readonly SetupOptions _options = options.Value;

    public string DefaultRecipe => _options.Recipe;

    /// <summary>The recipes offered at setup (those marked <c>issetuprecipe</c>), by file name without <c>.recipe.json</c>.</summary>
    public IReadOnlyList<(string Name, RecipeDescriptor Recipe)> SetupRecipes() =>
        recipes.All().Where(r => r.Recipe.IsSetupRecipe).ToList();

    public string ResolveRecipe(string nameOrPath) => recipes.Resolve(nameOrPath);

    public SetupRequest? AutomaticRequest() => string.IsNullOrEmpty(_options.AdminPassword)
        ? null
        : new SetupRequest
        {
            SiteName = _options.SiteName ?? "Sieć współpracy i samokształcenia",
            AdminUserName = _options.AdminUserName,
            AdminEmail = _options.AdminEmail ?? $"{_options.AdminUserName}@localhost.localdomain",
            AdminPassword = _options.AdminPassword,
            RecipePath = ResolveRecipe(_options.Recipe),
        };
}
