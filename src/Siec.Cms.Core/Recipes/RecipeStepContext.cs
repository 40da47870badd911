using System.Text.Json.Nodes;
using Siec.Cms.Core.Recipes.Scripting;

namespace Siec.Cms.Core.Recipes;

/// <summary>One step being run: its payload with expressions already evaluated, the recipe, and the run's report.</summary>
public sealed class RecipeStepContext(
    int index, JsonObject step, RecipeDescriptor recipe, RecipeResult result, PendingMediaFiles media, RecipeScripts scripts,
    IProgress<(int Done, int Total)>? progress)
{
    public JsonObject Step { get; } = step;

    public RecipeDescriptor Recipe { get; } = recipe;

    public RecipeResult Result { get; } = result;

    /// <summary>Files to write once the transaction commits, so a failed import leaves the media folder untouched.</summary>
    public PendingMediaFiles Media { get; } = media;

    /// <summary>The value of the first of <paramref name="names"/> present, since step payload case varies in real recipes.</summary>
    public JsonNode? Get(params string[] names) =>
        Recipe.DeferredData.ContainsKey(index) && names.Any(n => n is "data" or "Data") && Step.Property(names) is JsonArray
            ? new JsonArray([.. Items()!])
            : Step.Property(names);

    /// <summary>Counts <paramref name="items"/> more items imported and tells whoever follows the import.</summary>
    public void Imported(int items)
    {
        Result.ItemsImported += items;
        progress?.Report((Result.ItemsImported, Math.Max(Recipe.ItemCount, Result.ItemsImported)));
    }

    /// <summary>
    /// The items of the step's <c>data</c> array with their expressions evaluated, read from the recipe one at a time
    /// (a Content step of a whole network never sits in memory); null when the step has no such array.
    /// </summary>
    public IEnumerable<JsonNode?>? Items()
    {
        if (Recipe.DeferredData.ContainsKey(index))
        {
            return Recipe.ReadData(index).Select((item, i) => scripts.EvaluateOwned(item, $"data[{i}]"));
        }

        return Step.Property("data", "Data") as JsonArray;
    }
}
