using System.Text.Json;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Metadata;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>ContentDefinition</c> step: adds or updates types and parts, deep-merging settings.</summary>
public sealed class ContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var incoming = ReadDocument(context);
        var document = await definitions.LoadAsync();
        ContentDefinitionManager.Merge(document, incoming);
        await definitions.SaveAsync(document);
    }

    /// <summary>Reads and checks the step's <c>ContentTypes</c> and <c>ContentParts</c>; shared with the Replace step.</summary>
    internal static ContentDefinitionDocument ReadDocument(RecipeStepContext context)
    {
        ContentDefinitionDocument incoming;
        try
        {
            incoming = context.Step.Deserialize<ContentDefinitionDocument>(DocumentStore.JsonOptions) ?? new();
        }
        catch (JsonException e)
        {
            throw new RecipeStepException($"Definicje mają niepoprawny kształt: {e.Message}", property: e.Path);
        }

        var errors = ContentDefinitionValidator.Validate(incoming);
        if (errors.Count > 0)
        {
            throw new RecipeStepException(string.Join("; ", errors));
        }

        return incoming;
    }
}
