using System.Text.Json.Nodes;
using Siec.Cms.Core.Media;

namespace Siec.Cms.Core.Recipes.Steps;

/// <summary>Orchard's <c>media</c> step: files given as <c>Base64</c> or a <c>SourcePath</c> beside the recipe.</summary>
public sealed class MediaStep(MediaStore media) : IRecipeStep
{
    public string Name => "media";

    public Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Get("Files", "files") is not JsonArray files)
        {
            throw new RecipeStepException("Krok nie ma listy 'Files'.", property: "Files");
        }

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i] as JsonObject ?? throw new RecipeStepException("Plik musi być obiektem JSON.", $"Files[{i}]");
            var target = (file["TargetPath"] ?? file["Path"])?.ToString();
            var label = $"plik Files[{i}] '{target}'";
            if (string.IsNullOrWhiteSpace(target))
            {
                throw new RecipeStepException("Brak TargetPath.", $"Files[{i}]", "TargetPath");
            }

            if (media.Check(target, 0) is { } error)
            {
                throw new RecipeStepException(error, label, "TargetPath");
            }

            var content = Read(context, file, label);
            if (media.Check(target, content.Length) is { } tooLarge)
            {
                throw new RecipeStepException(tooLarge, label);
            }

            context.Media.Add(target, content);
        }

        return Task.CompletedTask;
    }

    private static byte[] Read(RecipeStepContext context, JsonObject file, string label)
    {
        if (file["Base64"]?.ToString() is { Length: > 0 } base64)
        {
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw new RecipeStepException("Base64 jest niepoprawne.", label, "Base64");
            }
        }

        if (file["SourcePath"]?.ToString() is { Length: > 0 } source)
        {
            try
            {
                return File.ReadAllBytes(RecipeFiles.Resolve(context.Recipe, source));
            }
            catch (RecipeStepException e)
            {
                throw new RecipeStepException(e.Message, label, "SourcePath");
            }
        }

        if (file["SourceUrl"] is not null)
        {
            throw new RecipeStepException("SourceUrl nie jest obsługiwane: dołącz plik jako Base64 lub SourcePath.", label, "SourceUrl");
        }

        throw new RecipeStepException("Plik nie ma Base64 ani SourcePath.", label);
    }
}
