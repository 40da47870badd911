using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Media;
using Siec.Cms.Core.Recipes.Scripting;

namespace Siec.Cms.Core.Recipes;

/// <summary>
/// Runs a recipe: first every step is named, known and has its expressions evaluated; then all steps run in one
/// transaction, so a failing step leaves the site exactly as it was.
/// </summary>
public sealed class RecipeExecutor(
    IEnumerable<IRecipeStep> steps,
    Transactions transactions,
    MediaStore media,
    IConfiguration configuration,
    ILogger<RecipeExecutor> logger)
{
    public async Task<RecipeResult> ExecuteAsync(RecipeDescriptor recipe, RecipeOptions options)
    {
        var result = new RecipeResult();
        var scripts = new RecipeScripts(recipe, options, result, configuration, logger);
        var planned = Plan(recipe, options, result, scripts);
        var pending = new PendingMediaFiles();

        async Task RunStepsAsync()
        {
            foreach (var step in planned)
            {
                await RunAsync(step, new RecipeStepContext(step.Index - 1, step.Payload, recipe, result, pending, scripts, options.Progress));
                result.StepsExecuted++;
            }
        }

        if (options.ValidateOnly)
        {
            await transactions.RunAndRollBackAsync(RunStepsAsync);
            return result;
        }

        await transactions.RunLargeAsync(RunStepsAsync);
        foreach (var (path, content) in pending.Files)
        {
            await media.WriteAsync(path, content);
        }

        return result;
    }

    private List<PlannedStep> Plan(RecipeDescriptor recipe, RecipeOptions options, RecipeResult result, RecipeScripts scripts)
    {
        var planned = new List<PlannedStep>();
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var index = i + 1;
            if (recipe.Steps[i] is not JsonObject step)
            {
                throw new RecipeException(new RecipeError(index, null, null, null, "Krok musi być obiektem JSON."));
            }

            var name = step.Property("name")?.ToString();
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeException(new RecipeError(index, null, null, "name", "Krok nie ma nazwy ('name')."));
            }

            var handler = steps.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            if (handler is null)
            {
                if (!options.SkipUnsupported)
                {
                    throw new RecipeException(new RecipeError(index, name, null, "name",
                        $"Krok '{name}' nie jest obsługiwany przez Siec.Cms (opcja --skip-unsupported pominie go i wypisze)."));
                }

                result.SkippedSteps.Add($"{index}: {name}");
                continue;
            }

            try
            {
                planned.Add(new PlannedStep(index, name, handler, (JsonObject)scripts.Evaluate(step)!));
            }
            catch (RecipeStepException e)
            {
                throw new RecipeException(new RecipeError(index, name, e.Item, e.Property, e.Message));
            }
        }

        return planned;
    }

    private static async Task RunAsync(PlannedStep step, RecipeStepContext context)
    {
        try
        {
            await step.Handler.ExecuteAsync(context);
        }
        catch (RecipeStepException e)
        {
            throw new RecipeException(new RecipeError(step.Index, step.Name, e.Item, e.Property, e.Message));
        }
        catch (ContentValidationException e)
        {
            throw new RecipeException(new RecipeError(step.Index, step.Name, $"element {e.ContentItemId} ({e.ContentType})",
                e.Errors[0].Property, string.Join("; ", e.Errors.Select(x => x.Message))));
        }
        catch (Exception e) when (e is not RecipeException)
        {
            throw new RecipeException(new RecipeError(step.Index, step.Name, null, null, e.GetBaseException().Message));
        }
    }

    private sealed record PlannedStep(int Index, string Name, IRecipeStep Handler, JsonObject Payload);
}
