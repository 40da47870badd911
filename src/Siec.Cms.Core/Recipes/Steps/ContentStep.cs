using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>Content</c> step: each item of <c>data</c> is imported; an item the site has is updated, not duplicated.</summary>
public sealed class ContentStep(ContentManager contentManager) : IRecipeStep
{
    public string Name => "Content";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Get("data", "Data") is not JsonArray data)
        {
            throw new RecipeStepException("Krok nie ma listy elementów 'data'.", property: "data");
        }

        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject json)
            {
                throw new RecipeStepException("Element musi być obiektem JSON.", item: $"data[{i}]");
            }

            var item = ContentItemJson.Read(json);
            var label = $"element data[{i}] {(item.ContentItemId.Length > 0 ? item.ContentItemId : "bez ContentItemId")} ({item.ContentType})";
            try
            {
                await contentManager.ImportAsync(item);
            }
            catch (ContentValidationException e)
            {
                var first = e.Errors[0];
                throw new RecipeStepException(string.Join("; ", e.Errors.Select(x => x.Message)), label, first.Property);
            }
            catch (FormatException e)
            {
                throw new RecipeStepException(e.Message, label);
            }
        }
    }
}
