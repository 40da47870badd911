namespace Siec.Cms.Core.Recipes;

/// <summary>Handles the steps of one name (compared case-insensitively, as Orchard Core does).</summary>
public interface IRecipeStep
{
    string Name { get; }

    Task ExecuteAsync(RecipeStepContext context);
}
