using System.Text.Json.Nodes;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Settings;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>Feature</c> step: enables or disables our modules by id; an id we do not have is a warning.</summary>
public sealed class FeatureStep(DocumentStore documents, FeatureCatalog catalog) : IRecipeStep
{
    public string Name => "Feature";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var state = await documents.GetAsync<SiteState>(SiteState.DocumentKey);
        var unknown = new List<string>();
        foreach (var id in Ids(context.Get("enable", "Enable")))
        {
            if (!catalog.Contains(id))
            {
                unknown.Add(id);
            }
            else if (!state.EnabledFeatures.Contains(id))
            {
                state.EnabledFeatures.Add(id);
            }
        }

        if (unknown.Count > 0)
        {
            context.Result.Warnings.Add($"Pominięte funkcje, których Siec.Cms nie ma ({unknown.Count}): {string.Join(", ", unknown)}.");
        }

        foreach (var id in Ids(context.Get("disable", "Disable")))
        {
            state.EnabledFeatures.Remove(id);
        }

        await documents.SaveAsync(SiteState.DocumentKey, state);
    }

    private static IEnumerable<string> Ids(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.ToString() ?? "").Where(s => s.Length > 0) : [];
}
