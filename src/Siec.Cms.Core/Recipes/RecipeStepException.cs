namespace Siec.Cms.Core.Recipes;

/// <summary>Thrown by a step about one of its items or properties; the executor adds the step's index and name.</summary>
public sealed class RecipeStepException(string message, string? item = null, string? property = null) : Exception(message)
{
    public string? Item { get; } = item;

    public string? Property { get; } = property;
}
