using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Recipes;

/// <summary>One step being run: its payload with expressions already evaluated, the recipe, and the run's report.</summary>
public sealed class RecipeStepContext(JsonObject step, RecipeDescriptor recipe, RecipeResult result, PendingMediaFiles media)
{
    public JsonObject Step { get; } = step;

    public RecipeDescriptor Recipe { get; } = recipe;

    public RecipeResult Result { get; } = result;

    /// <summary>Files to write once the transaction commits, so a failed import leaves the media folder untouched.</summary>
    public PendingMediaFiles Media { get; } = media;

    /// <summary>The value of the first of <paramref name="names"/> present, since step payload case varies in real recipes.</summary>
    public JsonNode? Get(params string[] names) => Step.Property(names);
}
