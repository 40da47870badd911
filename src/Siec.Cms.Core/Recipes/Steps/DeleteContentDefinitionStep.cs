using System.Text.Json.Nodes;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>DeleteContentDefinition</c> step: <c>ContentTypes</c> and <c>ContentParts</c> name what to remove.</summary>
public sealed class DeleteContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "DeleteContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var types = Names(context.Get("ContentTypes"));
        var parts = Names(context.Get("ContentParts"));
        var document = await definitions.LoadAsync();
        foreach (var name in types.Where(n => document.FindType(n) is null).Concat(parts.Where(n => document.FindPart(n) is null)))
        {
            context.Result.Warnings.Add($"Definicja '{name}' nie istnieje, nie było czego usuwać.");
        }

        document.ContentTypes.RemoveAll(t => types.Contains(t.Name));
        document.ContentParts.RemoveAll(p => parts.Contains(p.Name));
        await definitions.SaveAsync(document);
    }

    private static List<string> Names(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.ToString() ?? "").ToList() : [];
}
