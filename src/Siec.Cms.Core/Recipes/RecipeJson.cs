using System.Text.Json.Nodes;

namespace Siec.Cms.Core.Recipes;

/// <summary>Recipe keys are matched as Orchard's model-bound handlers match them: exact name first, then any case.</summary>
public static class RecipeJson
{
    public static JsonNode? Property(this JsonObject json, params string[] names)
    {
        foreach (var name in names)
        {
            if (json.TryGetPropertyValue(name, out var value))
            {
                return value;
            }
        }

        return json.FirstOrDefault(p => names.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).Value;
    }
}
