using System.Text.Json.Nodes;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>Content</c> step: each item of <c>data</c> is imported; an item the site has is updated, not duplicated.</summary>
public sealed class ContentStep(ContentManager contentManager) : IRecipeStep
{
    /// <summary>Items imported together: enough to write in bulk, few enough to keep memory flat.</summary>
    private const int BatchSize = 500;

    public string Name => "Content";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Items() is not { } data)
        {
            throw new RecipeStepException("Krok nie ma listy elementów 'data'.", property: "data");
        }

        var batch = new List<(int Index, ContentItem Item)>(BatchSize);
        var i = 0;
        foreach (var node in data)
        {
            if (node is not JsonObject json)
            {
                throw new RecipeStepException("Element musi być obiektem JSON.", item: $"data[{i}]");
            }

            try
            {
                batch.Add((i, ContentItemJson.Read(json)));
            }
            catch (FormatException e)
            {
                throw new RecipeStepException(e.Message, $"element data[{i}]");
            }

            i++;
            if (batch.Count == BatchSize)
            {
                await ImportAsync(context, batch);
            }
        }

        await ImportAsync(context, batch);
    }

    private async Task ImportAsync(RecipeStepContext context, List<(int Index, ContentItem Item)> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await contentManager.ImportAsync(batch.Select(b => b.Item).ToList());
            context.Imported(batch.Count);
            batch.Clear();
        }
        catch (ContentValidationException e)
        {
            // An item without an id is reported as "?".
            var (index, item) = batch.FirstOrDefault(b => b.Item.ContentItemId == e.ContentItemId
                || (e.ContentItemId == "?" && string.IsNullOrWhiteSpace(b.Item.ContentItemId)));
            var label = item is null ? $"element {e.ContentItemId} ({e.ContentType})"
                : $"element data[{index}] {(item.ContentItemId.Length > 0 ? item.ContentItemId : "bez ContentItemId")} ({item.ContentType})";
            throw new RecipeStepException(string.Join("; ", e.Errors.Select(x => x.Message)), label, e.Errors[0].Property);
        }
    }
}
