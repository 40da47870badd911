using Microsoft.Extensions.Options;

namespace Siec.Cms.Core.Recipes;

/// <summary>The recipes shipped with the site (<c>Cms:RecipesPath</c>, by default <c>recipes/</c> beside the binaries), by file name.</summary>
public sealed class RecipeFolder(IOptions<CmsOptions> options)
{
    public string Path => options.Value.RecipesPath ?? System.IO.Path.Combine(AppContext.BaseDirectory, "recipes");

    public IReadOnlyList<(string Name, RecipeDescriptor Recipe)> All() =>
        Directory.Exists(Path)
            ? Directory.GetFiles(Path, "*.recipe.json").Order()
                .Select(f => (Name: System.IO.Path.GetFileName(f)[..^".recipe.json".Length], Recipe: RecipeReader.ReadFile(f)))
                .ToList()
            : [];

    /// <summary>A recipe name from the folder, or a path to a recipe file.</summary>
    public string Resolve(string nameOrPath) =>
        File.Exists(nameOrPath) ? System.IO.Path.GetFullPath(nameOrPath) : System.IO.Path.Combine(Path, System.IO.Path.GetFileName(nameOrPath) + ".recipe.json");
}
