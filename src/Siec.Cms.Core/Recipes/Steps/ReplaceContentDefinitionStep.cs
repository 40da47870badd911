using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>ReplaceContentDefinition</c> step: each listed type or part is deleted, then created as given.</summary>
public sealed class ReplaceContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "ReplaceContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var incoming = ContentDefinitionStep.ReadDocument(context);
        var document = await definitions.LoadAsync();
        document.ContentTypes.RemoveAll(t => incoming.ContentTypes.Any(i => i.Name == t.Name));
        document.ContentParts.RemoveAll(p => incoming.ContentParts.Any(i => i.Name == p.Name));
        document.ContentTypes.AddRange(incoming.ContentTypes);
        document.ContentParts.AddRange(incoming.ContentParts);
        await definitions.SaveAsync(document);
    }
}
