namespace Siec.Cms.Core.Recipes;

/// <summary>A recipe was refused; nothing it would have changed has been written.</summary>
public sealed class RecipeException(RecipeError error) : Exception(error.ToString())
{
    public RecipeError Error { get; } = error;
}
